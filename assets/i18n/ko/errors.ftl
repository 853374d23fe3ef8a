# Peacemap 한국어 카탈로그, "errors": en/errors.ftl 과 같은 id.
