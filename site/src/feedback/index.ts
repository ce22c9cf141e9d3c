/** The feedback intake for users outside the site's own code: the intake the site server keeps, and its form tokens. */
export { feedbackIntake, startFeedbackIntake, type FeedbackIntake } from './feedbackIntake'
export { checkFormToken, FORM_TOKEN_MAX_AGE_MS, issueFormToken, type FormTokenCheck } from './formToken'
