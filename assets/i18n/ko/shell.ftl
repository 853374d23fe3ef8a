# Peacemap 한국어 카탈로그, "shell": en/shell.ftl 과 같은 id.
