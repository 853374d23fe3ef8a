# Peacemap English catalogue, part "errors": file errors and warnings, and the command line (src/io/error.rs, src/cli.rs).
# Every message keeps the line and column of the problem when it has one.

## Where: line and column, and the file
error-position = line { $line }, column { $column }
error-at-position = { $position }: { $message }
error-in-file = { $message } (in { $path })

## Why a file could not be opened
error-read = could not read the file: { $reason }
error-not-a-file = this is not a regular file
error-too-large = the file is too large to be a session ({ $size } MiB; the limit is { $limit } MiB)
error-empty = the file is empty: a session starts with `(version: 1, …`
error-no-session = the file holds no session, only comments or blank space
error-utf16 = the file is UTF-16 text; save it as UTF-8 and open it again
error-nul-byte = the file contains a zero (NUL) byte: it looks like a binary file, not a session
error-not-utf8 = byte 0x{ $byte } is not valid UTF-8 text; save the file as UTF-8 and open it again
error-missing-version = the file has no `version` field, so it is not a Peacemap session (a session starts with `(version: { $current }, …`)
error-unknown-version = version { $found } is not a Peacemap file version (versions start at 1)
error-newer-version = the file is format version { $found }, but this Peacemap reads versions up to { $supported }; open it with a newer Peacemap
error-invalid = the session breaks a rule
error-invalid-and-more = { $first } (and { $count } more { $count ->
        [one] problem
       *[other] problems
    })

## What the system said
error-io-not-found = the file or folder does not exist (was it moved or deleted?)
error-io-permission-denied = permission denied (is the folder read-only?)
error-io-storage-full = the disk is full
error-io-read-only-disk = the disk is read-only
error-io-is-a-folder = this is a folder, not a file
error-io-not-a-folder = part of the path is a file, not a folder
error-io-quota = the disk quota is used up
error-io-invalid-file-name = the file name is not valid here
error-io-other = { $detail }

## Text that is not a well-formed session
error-syntax-in-place = { $message } in { $place }
error-syntax-for-place = { $message } for { $place }
error-syntax-cut-off = the file ends too early (is it cut off?): { $message }
error-syntax-with-hint = { $message } ({ $hint })
error-hint-decimal-point = whole numbers are written without a decimal point
error-hint-missing-quote = is a closing double quote missing on an earlier line?
error-syntax-ends-too-early = the file ends too early (is it cut off?)
error-syntax-expected-list = expected a list in square brackets `[…]`
error-syntax-expected-list-end = expected `]` to close the list, or a comma before the next item
error-syntax-expected-comma = expected a comma
error-syntax-expected-number = expected a number
error-syntax-number-underscore = a number may not contain `_` here
error-syntax-expected-whole-number = expected a whole number
error-syntax-number-out-of-range = the number is out of range here
error-syntax-not-a-digit = { $digit } is not a digit
error-syntax-underscore-at-start = a number may not start with `_`
error-syntax-expected-boolean = expected `true` or `false`
error-syntax-expected-text = expected text in double quotes
error-syntax-unclosed-text = this text has no closing double quote
error-syntax-expected-character = expected a character in single quotes
error-syntax-bad-escape = bad escape sequence in text ({ $detail })
error-syntax-must-start-with-parenthesis = a session file must start with `(`: the whole session is one list of fields in parentheses, like `(version: 1, title: "…", …)`
error-syntax-expected-group = expected `(` to start a group of fields
error-syntax-expected-group-end = expected `)`, or a comma before the next field
error-syntax-expected-option = expected `Some(…)` or `None`
error-syntax-expected-map = expected a map in braces `{"{"}…{"}"}`
error-syntax-expected-colon = expected a colon `:` after the field name
error-syntax-expected-map-end = expected `{"}"}`
error-syntax-expected-field-name = expected a field name
error-syntax-expected-unit = expected `()`
error-syntax-unexpected-character = unexpected character { $character }
error-syntax-text-after-the-end = unexpected text after the end of the session
error-syntax-nested-too-deeply = brackets are nested too deeply (more than { $limit } levels)
error-syntax-unclosed-block-comment = a `/*` comment is never closed
error-syntax-unclosed-line-comment = a `//` comment is never closed
error-syntax-not-utf8 = the text is not valid UTF-8
error-syntax-not-allowed = `{ $found }` is not allowed here; use one of { $allowed }
error-syntax-no-such-field = there is no field `{ $found }` here; the fields are { $fields }
error-syntax-missing-field = the field `{ $field }` is missing
error-syntax-duplicate-field = the field `{ $field }` appears twice
error-syntax-wrong-value = expected { $expected }, found { $found }
error-syntax-wrong-group-name = expected `{ $expected }(…)`, found `{ $found }(…)`
error-syntax-expected-group-name = expected `{ $name }(…)`
error-syntax-invalid-name = { $name } is not a valid name
error-syntax-no-such-extension = RON has no extension called `{ $name }`
error-syntax-malformed-attribute = a `#![enable(…)]` line is malformed
error-syntax-other = { $detail }
error-list-or = { $init } or { $last }
error-list-none = none

## Where in the session: `role of seat 1 of track 3`
error-place-nested = { $inner } of { $outer }
error-place-item = { $noun } { $number }
error-noun-participant = participant
error-noun-track = track
error-noun-milestone = milestone
error-noun-sanctions-stage = sanctions stage
error-noun-border-option = border option
error-noun-seat = seat
error-noun-precedent = precedent
error-noun-measure = measure
error-noun-track-minimum = track minimum
error-noun-ratification = ratification
error-noun-colour-component = colour component
error-noun-part = part
error-noun-list-item = { $list } item
error-noun-item = item
error-noun-participants = participants
error-noun-tracks = tracks
error-noun-milestones-of-one-track = milestones of one track
error-noun-sanctions-stages = sanctions stages
error-noun-border-options = border options
error-noun-scenario = scenario
error-noun-step = step
error-noun-scenarios = scenarios
error-noun-steps-of-the-session = steps of the session
error-noun-board-track = track
error-noun-board-stage = stage
error-noun-board-option = option

## The item a broken rule is about
error-item-numbered = { $noun } { $number }
error-item-with-id = { $noun } "{ $id }"
error-item-with-id-and-name = { $noun } "{ $id }" ({ $name })
error-item-milestone = milestone { $number } ("{ $name }") of track "{ $track }"
error-item-track-minimum = track minimum { $number } of sanctions stage "{ $stage }"
error-item-seat = seat { $number } of track "{ $track }"
error-item-precedent = precedent { $number } of track "{ $track }"
error-item-board-track-entry = board entry { $number } of the tracks
error-item-ratification = border ratification { $number }
error-item-regional-gate = the regional gate
error-item-step = step { $number } of scenario "{ $scenario }"

## Rules a session breaks
error-problem-duplicate-id = two { $what } have the id "{ $id }"; ids must differ
error-problem-empty-id = { $item } has an empty id
error-problem-unknown-participant = { $item }: there is no participant "{ $id }"
error-problem-unknown-track = { $item }: there is no track "{ $id }"
error-problem-out-of-range = { $item }: { $field } { $value } is outside 0–100
error-problem-not-finite = { $item }: { $field } is { $value }, not a finite number
error-problem-empty-name = { $item }: { $field } is empty
error-problem-negative-weight = { $item }: weight { $value } is negative; weights are 0 or more
error-problem-duplicate-seat = { $item }: participant "{ $participant }" is seated twice
error-problem-duplicate-ratification = the border ratifications list participant "{ $participant }" twice
error-problem-unknown-board-entry = the board has an entry for { $what } "{ $id }", which the session does not define
error-problem-duplicate-board-entry = the board has two entries for { $what } "{ $id }"; each needs exactly one
error-problem-missing-board-entry = the board has no entry for { $what } "{ $id }"; each needs exactly one
error-problem-unknown-part = { $item }: its source names the part "{ $part }" of the source work, which the attribution's parts do not list
error-problem-empty-citation = { $item }: its source is added context but gives no citation
error-problem-empty-date = { $item }: its source is added context but gives no date
error-problem-duplicate-part = the attribution lists the part "{ $part }" twice; parts must differ
error-problem-empty-part = part { $number } of the attribution is empty
error-problem-on-step = step "{ $step }" of scenario "{ $scenario }": { $problem }
error-problem-wrong-version = the session says version { $found }, but this Peacemap writes version { $current }

## Warnings: a file that opened with something the app does not keep
error-warning-unknown-field = unknown field { $field } was skipped; saving this session will drop it
error-warning-unknown-field-in = unknown field { $field } in { $place } was skipped; saving this session will drop it
error-warning-more-unknown-fields = { $count } more unknown fields were skipped; saving this session will drop them

## Why a session could not be saved
error-save = could not save: { $reason }
error-save-serialize = the session could not be written as text: { $detail }
error-save-not-readable = the saved text would not open again ({ $detail }); nothing was written
error-save-read-only = the file is read-only
error-save-io = could not { $action }: { $reason }
error-action-create-temp = create a temporary file in the folder
error-action-write-temp = write the temporary file
error-action-sync-temp = flush the temporary file to disk
error-action-copy-permissions = give the new file the old one's permissions
error-action-backup = keep a backup of the previous version
error-action-replace-with-new = replace the file with the new version
error-action-sync-folder = sync the folder
error-action-save-under-name = save under this name
error-action-replace-file = replace the file
error-action-read-file-details = read the file's details
error-action-create-settings-folder = create the settings folder
error-action-create-recovery-folder = create the recovery folder
error-action-create-recovery-lock = create the recovery lock

## The command line
error-cli-help-title = Peacemap { $version }: map a multi-track peace process as a multi-lane highway.
error-cli-help-usage = Usage:
error-cli-help-open = open the app, with a session file or the bundled session
error-cli-help-check = check session files without opening a window
error-cli-help-help = show this help
error-cli-help-version = show the version
error-cli-help-options = Options:
error-cli-help-lang =
    the language of the app and of every message: en (English) or ko (한국어).
    Without it, the first of LC_ALL, LC_MESSAGES and LANG that is set decides
    (ko… is Korean); otherwise English.
error-cli-help-check-output =
    `check` prints `FILE: ok` and a summary for a good file, and
    `FILE:LINE:COL: message` for each problem in a bad one. A file that opens
    but has fields Peacemap does not know (a typo, or a newer version's field)
    gets `FILE:LINE:COL: warning: ...` for each: saving it would drop them.
    Exit status: 0 when every file is fine, 1 when any is not, 2 on a usage error.
error-cli-help-format = Session files are RON text; docs/session-format.md explains every field.
error-cli-summary = { $tracks ->
        [one] 1 track
       *[other] { $tracks } tracks
    }, { $scenarios ->
        [one] 1 scenario
       *[other] { $scenarios } scenarios
    }, { $steps ->
        [one] 1 step
       *[other] { $steps } steps
    }
error-cli-ok = ok ({ $summary })
error-cli-ok-with-warnings = ok ({ $summary }; { $count ->
        [one] 1 warning
       *[other] { $count } warnings
    })
error-cli-warning = warning: { $message }
error-cli-stopped = (stopped after { $count } problems)
error-cli-try-help = Try `peacemap --help`.
error-cli-not-available = `peacemap { $command }` is not available in this version
error-cli-unknown-check-option = `check` has no option `{ $option }`
error-cli-check-needs-a-file = `check` needs at least one file
error-cli-unknown-option = unknown option `{ $option }`
error-cli-one-file-to-open = give one file to open (to check several, use `peacemap check FILE...`)
error-cli-lang-needs-a-value = `--lang` needs a language after it: `en` or `ko`
error-cli-unknown-lang = `{ $value }` is not a language Peacemap speaks; use `en` or `ko`
error-cli-no-window = could not open a window: { $reason }
