# Peacemap English catalogue, part "about": attribution, the About this map panel and item sources (src/ui/about.rs …).

## The attribution strip above the board (src/ui/attribution.rs)
about-strip-name = Attribution
about-strip-maps = This board maps: { $author }, “{ $title }”, { $published }
about-strip-no-source = This session credits no source: it does not say whose proposal it maps or where its items come from.
about-strip-hypothetical = Hypothetical scenario
about-strip-hypothetical-default = Progress, statuses and thresholds on this board are a scenario someone set up, not a record of events.
about-strip-legend = Illustrative: made up to make the board move, not a fact
about-open = About this map
about-open-tooltip = What the proposal says, where each item comes from, and how to read the board

## The mark on illustrative items (a symbol, the same in both languages)
about-illustrative-mark = ≈
about-illustrative-description = Illustrative: made up to make the board move, not a fact

## Where an item comes from: the tag beside it (src/ui/source.rs)
about-source-kind-work = Essay
about-source-kind-context = Added context
about-source-work = Essay · { $part }
about-source-work-detail = Essay · { $part }, { $detail }
about-source-context = Added context · { $citation }
about-source-context-dated = Added context · { $citation }, { $date }
about-source-illustrative = Illustrative
about-source-illustrative-note = Illustrative · { $note }
about-source-unstated = Source not stated
about-source-name = Source of { $item }: { $source }

## What a source tag belongs to, in its accessible name
about-item-milestone = milestone { $number }
about-item-precedent = precedent { $number }
about-item-seat = { $participant } seat

## The "About this map" window (src/ui/about.rs)
about-title = About this map
about-close = Close
about-proposes-heading = What the proposal says
about-no-summary = This session gives no summary of the work it maps.
about-source-heading = The source
about-no-source = This session credits no source work. Its tracks, dates and figures may be anyone's: ask whoever made it.
about-field-author = Author
about-field-title = Title
about-field-published = Published
about-field-link = Link
about-field-standing = What it is
about-field-board = The board
about-field-parts = Its parts
about-kinds-heading = Where each item comes from
about-kinds-intro = Every track, milestone, precedent, relief stage, border option and seat carries a small tag saying where it comes from.
about-kind-work = From the essay: the proposal states it. The tag names the part of the essay that says so.
about-kind-context = A real event, treaty or body the essay does not name, with its citation and date: background added by whoever made the session.
about-kind-illustrative = Made up to make the board move: thresholds, percentages, invented milestones and seats. Not a fact, and not the essay's. On the board such items carry the { $mark } mark and a dotted outline.
about-kind-unstated = The file does not say where the item comes from (files written before sources existed).
about-reading-heading = How to read the board
about-reading-lanes = Lanes: each lane is one negotiating track, side by side like the lanes of a highway, so that one track can move while another is stuck. The header gives the track's name, who sits at the table and how it stands.
about-reading-vehicle = Vehicle: how far a track has come, from the start on the left to the chequered finish on the right. Drag it, or focus it with Tab and use the arrow keys: moving it changes the scenario, not history.
about-reading-chips = Chips: the parties at a track's table, in their colours. A rounded chip negotiates, a double ring ratifies, a square chip helps put the deal into practice, and a hollow chip observes. The Help menu shows each shape.
about-reading-signs = Milestone signs: results along the way. A sign lights up once the vehicle has passed it. A sign with a dotted outline and { $mark } is illustrative.
about-reading-gauge = Gauge: the bar across the top adds every track's progress, each by its weight, into one figure. Relief is judged on that figure, not on one lane.
about-reading-relief = Relief stages: sanctions relief comes step by step. A stage unlocks once the gauge and any track minimums reach its threshold; it names what is relieved and who must act. The thresholds are illustrative.
about-reading-border = Border options: what the line between the two Koreas could become, each marked on the table, preferred, agreed or rejected, beside the open question of what replaces the 1953 armistice.
