# Peacemap English catalogue, part "errors": file errors and warnings, and the command line (src/io/error.rs, src/cli.rs).
