import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring lands here: listeners are registered synchronously (MV3 worker wakes on events).
});
