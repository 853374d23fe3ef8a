# Peacemap English catalogue, part "board": the board and its editors: lanes, chips, signs, gauge, relief, border, inspector, and the labels of model values (src/ui/…, src/model/…).
