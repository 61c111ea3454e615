/** Where the ribbon command leaves its outcome for the task pane to show (it has no window of its own). */
export const LAST_COMMAND_KEY = 'cchc.lastCommand';
