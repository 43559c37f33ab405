// Sentences of the widget's catalogue (keys of `Catalogue` in ./en.ts, which every
// language translates) that only parts loaded on demand use: the rating card and the
// self-check. Their English travels with those parts instead of the first answer.
export const enLater = {
  'widget.selfCheck.testMedia': 'Test camera and microphone',
  'widget.selfCheck.testingMedia': 'Testing your camera and microphone. If your browser asks, choose Allow.',
  'widget.rating.question': 'How helpful was this chat?',
  'widget.rating.score': '{score} out of 5',
  'widget.rating.comment': 'Anything to add? (optional)',
  'widget.rating.submit': 'Send rating',
  'widget.rating.thanks': 'Thank you for your rating.',
  'widget.rating.failed': 'Your rating was not saved: {reason}',
} as const;
