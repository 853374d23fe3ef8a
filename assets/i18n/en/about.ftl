# Peacemap English catalogue, part "about": attribution, the About this map panel and item sources (src/ui/about.rs …).
