//! Every colour, size and font of the board in one place.
//!
//! The screen theme is the default; a projector theme (bigger type, more
//! contrast) will be a second constructor here, not edits across the UI.

use egui::{Color32, FontId, Stroke};

use crate::model::{BorderStatus, Rgb, TrackStatus};

/// Design tokens for the board.
#[derive(Clone, Debug)]
pub struct Theme {
    /// Window background behind the road.
    pub background: Color32,
    /// Road surface.
    pub asphalt: Color32,
    /// Road surface of a lane that is closed (gated, deferred).
    pub asphalt_closed: Color32,
    /// Dashed lane markings and shoulder lines.
    pub marking: Color32,
    /// Grass/verge between lanes.
    pub verge: Color32,
    /// Lane header background.
    pub header_fill: Color32,
    /// Highlight of the selected lane.
    pub selection: Color32,
    /// Outline of a lane that differs from the baseline.
    pub changed_lane: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text.
    pub text_weak: Color32,
    /// Progress already made (gauge fill, passed road).
    pub progress: Color32,
    /// Hazard colour for stalled lanes.
    pub hazard: Color32,
    /// Barrier colour for closed lanes.
    pub barrier: Color32,
    /// Unlocked/agreed accent.
    pub good: Color32,
    /// Locked accent.
    pub locked: Color32,
    /// Card background in the side panels.
    pub card_fill: Color32,
    /// Card outline.
    pub card_stroke: Stroke,
    /// Size of a step card on the timeline strip.
    pub timeline_card_size: egui::Vec2,
    /// Space between the timeline's cards.
    pub timeline_card_gap: f32,
    /// Width of the step editor beside the timeline strip.
    pub step_editor_width: f32,
    /// Height of the step editor's notes field (longer notes scroll in it).
    pub step_notes_height: f32,
    /// Fill of the banner above the board while a step is shown (edits
    /// go to the step): loud enough that nobody edits a step by mistake.
    pub step_banner_fill: Color32,
    /// Ink of the step banner.
    pub step_banner_ink: Color32,
    /// Fill of the banner above the board while the live board is shown.
    pub live_banner_fill: Color32,
    /// Space around the banner's line.
    pub step_banner_margin: egui::Margin,
    /// Height of one lane at the smallest.
    pub lane_min_height: f32,
    /// Height of one lane at the largest.
    pub lane_max_height: f32,
    /// Width of the lane header column.
    pub header_width: f32,
    /// Gap between lanes.
    pub lane_gap: f32,
    /// Lane name font.
    pub lane_title: FontId,
    /// Small print: formats, milestone names, chip labels.
    pub small: FontId,
    /// Body text on cards.
    pub body: FontId,
    /// Card and panel headings.
    pub heading: FontId,
    /// The big number on the gauge.
    pub gauge_figure: FontId,

    // --- Road detail ---
    /// Dark stripes between the hazard stripes of a stalled lane's shoulders.
    pub hazard_stripe_dark: Color32,
    /// Dark squares of the finish line (drawn at 70 % strength).
    pub finish_dark: Color32,
    /// Light squares of the finish line (drawn at 70 % strength).
    pub finish_light: Color32,
    /// Light stripes of a closed on-ramp's barrier.
    pub barrier_stripe_light: Color32,
    /// Outline of the barrier, wheels and vehicle body.
    pub outline_dark: Color32,
    /// Translucent backing behind the words on a closed on-ramp.
    pub sign_backing: Color32,
    /// A reached milestone: post, plate and stop line.
    pub milestone_reached: Color32,
    /// Ink on a reached milestone's plate.
    pub milestone_reached_ink: Color32,
    /// A milestone not yet reached: post and plate.
    pub milestone_ahead: Color32,
    /// The stop line of a milestone not yet reached.
    pub stop_line_ahead: Color32,
    /// The "+N more participants" chip.
    pub more_chips_fill: Color32,
    /// The vehicle on a closed lane.
    pub vehicle_closed: Color32,
    /// The vehicle's windscreen.
    pub windscreen: Color32,

    // --- Chips ---
    /// Thin dark outline of negotiator and implementer chips.
    pub chip_outline: Color32,
    /// The double ring of a ratifier chip.
    pub chip_ratifier_ring: Color32,
    /// Fill of a hollow observer chip.
    pub chip_observer_fill: Color32,

    // --- Status accents ---
    /// Track status "under way", border option "on the table".
    pub under_way: Color32,
    /// Track status "deferred".
    pub deferred: Color32,
    /// Border option "preferred".
    pub preferred: Color32,
    /// Border option "rejected".
    pub rejected: Color32,
    /// Dark ink on light fills (see [`Theme::text_on`]).
    pub ink_dark: Color32,
    /// Light ink on dark fills (see [`Theme::text_on`]).
    pub ink_light: Color32,

    // --- Sizes of the board's parts (at scale 1) ---
    /// Corner radius of lane headers, the board and the selection outline.
    pub lane_rounding: f32,
    /// Corner radius of the asphalt.
    pub road_rounding: f32,
    /// Gap between the header column and the road.
    pub header_road_gap: f32,
    /// Space between participant chips.
    pub chip_gap: f32,
    /// Width of the "+N" chip.
    pub more_chips_width: f32,
    /// Dash and gap of the centre line.
    pub centre_dash: [f32; 2],
    /// Width of the centre line.
    pub centre_line_width: f32,
    /// Diameter of the status badge with the lane number.
    pub number_badge: f32,
    /// Height of the gauge across the top.
    pub gauge_height: f32,
    /// Width of the selection outline and focus rings.
    pub selection_width: f32,
    /// Width of the outline of a lane that differs from the baseline.
    pub changed_lane_width: f32,
    /// Gap between a changed lane and its outline (outside the selection's).
    pub changed_lane_gap: f32,
    /// Shade over the window while a file is dragged over it.
    pub drop_overlay_fill: Color32,
    /// Text on that shade.
    pub drop_overlay_text: Color32,
    /// Font of that text.
    pub drop_overlay_font: FontId,
    /// Minimum width of the Help menu.
    pub help_min_width: f32,
    /// Size of a sample chip in the Help menu.
    pub help_chip_size: egui::Vec2,
    /// Widest a modal window gets.
    pub modal_max_width: f32,
    /// Padding inside the gauge bar under the menu.
    pub gauge_panel_margin: egui::Margin,
    /// Side panel: share of the window width it starts at.
    pub side_panel_share: f32,
    /// Side panel: narrowest it starts at.
    pub side_panel_min_start: f32,
    /// Side panel: widest it starts at.
    pub side_panel_max_start: f32,
    /// Side panel: narrowest the user can make it.
    pub side_panel_min: f32,

    // --- Sources and attribution (issue 7) ---
    /// The illustrative mark (≈) and the dotted outline of illustrative
    /// milestones and thresholds.
    pub illustrative: Color32,
    /// Radius of one dot of an illustrative outline.
    pub illustrative_dot_radius: f32,
    /// Distance between the dots of an illustrative outline.
    pub illustrative_dot_spacing: f32,
    /// Ink of a "from the essay" source tag.
    pub source_work: Color32,
    /// Ink of an "added context" source tag.
    pub source_context: Color32,
    /// Ink of a "source not stated" tag.
    pub source_unstated: Color32,
    /// Font of source tags.
    pub source_font: FontId,
    /// Background of the attribution strip above the board.
    pub attribution_fill: Color32,
    /// Padding inside the attribution strip.
    pub attribution_margin: egui::Margin,
    /// Text of the attribution strip: big enough for the back of a room.
    pub attribution_font: FontId,
    /// Fill of the "hypothetical scenario" badge.
    pub hypothetical_fill: Color32,
    /// Ink on that badge.
    pub hypothetical_ink: Color32,
    /// Width the "About this map" window opens at.
    pub about_width: f32,
    /// Tallest the "About this map" window opens at.
    pub about_max_height: f32,
    /// Share of the window's height the "About this map" window may take.
    pub about_max_screen_share: f32,
    /// Default width of the participants window.
    pub participants_width: f32,
    /// A colour swatch in the participants window.
    pub colour_swatch_size: egui::Vec2,

    // --- Drag and drop (issue 8) ---
    /// Outline of the drop target under the pointer (lane, bin) and the
    /// insertion line showing where a chip or lane will land.
    pub drop_target: Color32,
    /// Width of the drop target's outline and of the insertion line.
    pub drop_target_width: f32,
    /// Fill of the palette's remove area while a chip is dragged over it.
    pub bin_hot_fill: Color32,
    /// Fill of the palette's remove area otherwise.
    pub bin_fill: Color32,
    /// Opacity of a chip left behind while it is dragged (its copy follows
    /// the pointer at full strength).
    pub dragged_source_opacity: f32,
    /// Opacity of the dragged chip while it is over a place where dropping
    /// removes it (off the board).
    pub dragged_off_board_opacity: f32,
    /// Size of a chip in the palette strip (height; the width follows the
    /// label).
    pub palette_chip_height: f32,
    /// Padding inside the palette strip.
    pub palette_margin: egui::Margin,
    /// Width of the remove area at the palette's end.
    pub bin_width: f32,

    // --- Playback and baseline (issue 8) ---
    /// Tallest the list of differences from the baseline grows before it
    /// scrolls (it sits above the board, which keeps the rest).
    pub baseline_list_max_height: f32,
}

impl Default for Theme {
    fn default() -> Self {
        Self::screen()
    }
}

impl Theme {
    /// Ink of text laid out before its colour is known: the painter gives
    /// it the colour passed when painting (egui's placeholder colour).
    pub const INK_CHOSEN_WHEN_PAINTED: Color32 = Color32::PLACEHOLDER;

    /// "No fill" for outlines drawn as shapes.
    pub const NO_FILL: Color32 = Color32::TRANSPARENT;

    /// The default dark theme for laptop screens.
    pub fn screen() -> Self {
        Self {
            background: Color32::from_rgb(24, 28, 32),
            asphalt: Color32::from_rgb(52, 56, 62),
            asphalt_closed: Color32::from_rgb(40, 42, 46),
            marking: Color32::from_rgb(230, 230, 220),
            verge: Color32::from_rgb(34, 52, 38),
            header_fill: Color32::from_rgb(33, 38, 44),
            selection: Color32::from_rgb(90, 170, 255),
            changed_lane: Color32::from_rgb(255, 196, 0),
            text: Color32::from_rgb(236, 238, 240),
            text_weak: Color32::from_rgb(168, 176, 186),
            progress: Color32::from_rgb(74, 180, 120),
            hazard: Color32::from_rgb(255, 170, 0),
            barrier: Color32::from_rgb(220, 60, 50),
            good: Color32::from_rgb(86, 200, 120),
            locked: Color32::from_rgb(150, 150, 160),
            card_fill: Color32::from_rgb(36, 41, 48),
            card_stroke: Stroke::new(1.0, Color32::from_rgb(70, 78, 90)),
            timeline_card_size: egui::vec2(190.0, 62.0),
            timeline_card_gap: 6.0,
            step_editor_width: 430.0,
            step_notes_height: 44.0,
            step_banner_fill: Color32::from_rgb(92, 62, 12),
            step_banner_ink: Color32::from_rgb(255, 226, 160),
            live_banner_fill: Color32::from_rgb(33, 38, 44),
            step_banner_margin: egui::Margin::symmetric(12, 3),
            lane_min_height: 66.0,
            lane_max_height: 170.0,
            header_width: 240.0,
            lane_gap: 6.0,
            lane_title: FontId::proportional(17.0),
            small: FontId::proportional(12.5),
            body: FontId::proportional(14.0),
            heading: FontId::proportional(16.0),
            gauge_figure: FontId::proportional(26.0),

            hazard_stripe_dark: Color32::from_rgb(30, 30, 30),
            finish_dark: Color32::from_gray(20),
            finish_light: Color32::from_gray(235),
            barrier_stripe_light: Color32::WHITE,
            outline_dark: Color32::from_gray(15),
            sign_backing: Color32::from_rgba_unmultiplied(0, 0, 0, 150),
            milestone_reached: Color32::from_rgb(250, 210, 70),
            milestone_reached_ink: Color32::from_rgb(25, 25, 25),
            milestone_ahead: Color32::from_rgb(58, 66, 78),
            stop_line_ahead: Color32::from_rgb(110, 120, 135),
            more_chips_fill: Color32::from_gray(80),
            vehicle_closed: Color32::from_gray(110),
            windscreen: Color32::from_rgba_unmultiplied(200, 230, 255, 170),

            chip_outline: Color32::from_black_alpha(120),
            chip_ratifier_ring: Color32::WHITE,
            chip_observer_fill: Color32::from_black_alpha(90),

            under_way: Color32::from_rgb(70, 150, 230),
            deferred: Color32::from_rgb(150, 120, 200),
            preferred: Color32::from_rgb(230, 190, 60),
            rejected: Color32::from_rgb(200, 80, 80),
            ink_dark: Color32::from_rgb(20, 20, 24),
            ink_light: Color32::WHITE,

            drop_overlay_fill: Color32::from_black_alpha(180),
            drop_overlay_text: Color32::WHITE,
            drop_overlay_font: FontId::proportional(28.0),
            help_min_width: 320.0,
            help_chip_size: egui::vec2(56.0, 20.0),
            modal_max_width: 520.0,
            gauge_panel_margin: egui::Margin::symmetric(12, 6),
            side_panel_share: 0.33,
            side_panel_min_start: 380.0,
            side_panel_max_start: 680.0,
            side_panel_min: 320.0,

            illustrative: Color32::from_rgb(236, 140, 220),
            illustrative_dot_radius: 1.0,
            illustrative_dot_spacing: 4.0,
            source_work: Color32::from_rgb(150, 190, 235),
            source_context: Color32::from_rgb(120, 205, 190),
            source_unstated: Color32::from_rgb(168, 176, 186),
            source_font: FontId::proportional(12.0),
            attribution_fill: Color32::from_rgb(46, 42, 30),
            attribution_margin: egui::Margin::symmetric(12, 6),
            attribution_font: FontId::proportional(15.0),
            hypothetical_fill: Color32::from_rgb(240, 196, 90),
            hypothetical_ink: Color32::from_rgb(20, 20, 24),
            about_width: 620.0,
            about_max_height: 720.0,
            about_max_screen_share: 0.85,
            participants_width: 520.0,
            colour_swatch_size: egui::vec2(22.0, 22.0),
            baseline_list_max_height: 96.0,

            drop_target: Color32::from_rgb(120, 220, 255),
            drop_target_width: 3.0,
            bin_hot_fill: Color32::from_rgb(150, 60, 56),
            bin_fill: Color32::from_rgb(58, 44, 46),
            dragged_source_opacity: 0.35,
            dragged_off_board_opacity: 0.55,
            palette_chip_height: 20.0,
            palette_margin: egui::Margin::symmetric(12, 2),
            bin_width: 260.0,

            lane_rounding: 6.0,
            road_rounding: 4.0,
            header_road_gap: 8.0,
            chip_gap: 6.0,
            more_chips_width: 30.0,
            centre_dash: [14.0, 10.0],
            centre_line_width: 2.0,
            number_badge: 22.0,
            gauge_height: 52.0,
            selection_width: 2.0,
            changed_lane_width: 3.0,
            changed_lane_gap: 3.0,
        }
    }

    /// This theme with every board size and font multiplied by `scale`
    /// (colours unchanged): how a board is drawn smaller or larger.
    #[must_use]
    pub fn scaled(&self, scale: f32) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        if (scale - 1.0).abs() < f32::EPSILON {
            return self.clone();
        }
        let font = |f: &FontId| FontId::new(f.size * scale, f.family.clone());
        Self {
            lane_min_height: self.lane_min_height * scale,
            lane_max_height: self.lane_max_height * scale,
            header_width: self.header_width * scale,
            lane_gap: self.lane_gap * scale,
            lane_title: font(&self.lane_title),
            small: font(&self.small),
            body: font(&self.body),
            heading: font(&self.heading),
            gauge_figure: font(&self.gauge_figure),
            lane_rounding: self.lane_rounding * scale,
            road_rounding: self.road_rounding * scale,
            header_road_gap: self.header_road_gap * scale,
            chip_gap: self.chip_gap * scale,
            more_chips_width: self.more_chips_width * scale,
            centre_dash: self.centre_dash.map(|d| d * scale),
            centre_line_width: self.centre_line_width * scale,
            number_badge: self.number_badge * scale,
            changed_lane_width: self.changed_lane_width * scale,
            changed_lane_gap: self.changed_lane_gap * scale,
            ..self.clone()
        }
    }

    /// The chip colours offered to a new participant, in the order they
    /// are offered: far apart in hue and lightness so chips stay apart on a
    /// lane, each readable with the dark or light ink of [`Self::text_on`].
    pub const PARTICIPANT_PALETTE: [Rgb; 12] = [
        Rgb(78, 121, 167),
        Rgb(242, 142, 43),
        Rgb(225, 87, 89),
        Rgb(118, 183, 178),
        Rgb(89, 161, 79),
        Rgb(237, 201, 72),
        Rgb(176, 122, 161),
        Rgb(255, 157, 167),
        Rgb(156, 117, 95),
        Rgb(186, 176, 172),
        Rgb(31, 119, 180),
        Rgb(148, 103, 189),
    ];

    /// A participant's chip colour.
    pub fn participant_colour(rgb: Rgb) -> Color32 {
        Color32::from_rgb(rgb.0, rgb.1, rgb.2)
    }

    /// Dark or light ink, whichever reads better on `fill`.
    pub fn text_on(&self, fill: Color32) -> Color32 {
        let luminance =
            0.299 * f32::from(fill.r()) + 0.587 * f32::from(fill.g()) + 0.114 * f32::from(fill.b());
        if luminance > 150.0 {
            self.ink_dark
        } else {
            self.ink_light
        }
    }

    /// Badge colour for a track status.
    pub fn status_colour(&self, status: TrackStatus) -> Color32 {
        match status {
            TrackStatus::NotStarted => self.locked,
            TrackStatus::UnderWay => self.under_way,
            TrackStatus::Stalled => self.hazard,
            TrackStatus::Agreed => self.good,
            TrackStatus::Deferred => self.deferred,
        }
    }

    /// Accent colour for a border option status.
    pub fn border_status_colour(&self, status: BorderStatus) -> Color32 {
        match status {
            BorderStatus::OnTable => self.under_way,
            BorderStatus::Preferred => self.preferred,
            BorderStatus::Agreed => self.good,
            BorderStatus::Rejected => self.rejected,
        }
    }
}
