# Peacemap's English catalogue, part "common": strings shared by every part.
# Every user-facing string lives in assets/i18n/en/*.ftl, by id, in kebab-case;
# assets/i18n/ko/ has the same files with the same ids.

## The language switch
lang-switch = Language
lang-switch-tooltip = Show menus, labels and session text in this language
