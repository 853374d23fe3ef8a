# Peacemap English catalogue, part "shell": menus, toolbar, status bar, modals, help and file dialogs (src/app.rs, src/ui/{menu_bar,status_bar,modals,help}.rs, src/file_dialog.rs, src/document.rs).
