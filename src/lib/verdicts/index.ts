export { nextStep, type NextStep } from './next-step';
export {
  describeProblems,
  flagLines,
  formatSeconds,
  nextStepText,
  problemsText,
  slowStartReasonText,
  syllableSourceText,
  takeProblemText,
  withheldText,
} from './words';
