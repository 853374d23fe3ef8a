# Peacemap 한국어 카탈로그, "board": en/board.ftl 과 같은 id.
