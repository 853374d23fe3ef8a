# Peacemap 한국어 카탈로그, "about": en/about.ftl 과 같은 id.
