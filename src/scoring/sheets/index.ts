export { HCMC_TDKT_WORK_SHEET } from './hcmc-tdkt-work.js';
export { LABOUR_FORM_06_SHEET } from './labour-form-06.js';
