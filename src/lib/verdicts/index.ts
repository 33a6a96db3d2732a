export { nextStep, type NextStep } from './next-step';
export {
  describeProblems,
  flagLines,
  formatSeconds,
  nextStepText,
  problemsText,
  slowStartReasonText,
  takeProblemText,
  withheldText,
} from './words';
