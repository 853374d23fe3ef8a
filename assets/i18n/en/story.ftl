# Scenarios, steps, the timeline, playback and the baseline comparison.

## Scenario and step edits (undo menu, status bar)
story-edit-add-scenario = Add the scenario { $scenario }
story-edit-duplicate-scenario = Duplicate the scenario { $scenario }
story-edit-rename-scenario = Rename the scenario { $scenario }
story-edit-delete-scenario = Delete the scenario { $scenario }
story-edit-capture-step = Capture the step { $step } in { $scenario }
story-edit-rename-step = Rename the step { $step }
story-edit-redate-step = Change the date of the step { $step }
story-edit-annotate-step = Edit the notes of the step { $step }
story-edit-delete-step = Delete the step { $step }
story-edit-move-step = Move the step { $step }
