# Drag and drop on the board, the participant palette, adding and removing tracks and participants.

