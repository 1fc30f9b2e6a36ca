import type { CheckDeclaration } from '../check-context';
import { balanceCheck } from './balance';
import { cellValueCheck } from './cell-values';
import { citationAfterReportDateCheck } from './citation-date';
import { numberTwoTitlesCheck } from './citation-numbers';
import {
  agencyNameCheck,
  blankCellsCheck,
  narrativeEmptyCheck,
  reportDateMissingCheck,
  tablePrintedEmptyCheck,
  cellsPrintedBlankCheck,
  reportYearCheck,
  reportYearInvalidCheck,
} from './completeness';
import { feeStatementCheck } from './fee-statement';
import { formatYearCheck } from './format-year';
import {
  carriedInCheck,
  narrativeCopiedCheck,
  tableCopiedCheck,
  validCountCheck,
} from './last-year';
import { infoTotalCheck } from './info-total';
import { channelCountCheck } from './channel-count';
import { lostNumberCheck } from './lost-number';
import { infoWordCutCheck, lostUnitCheck } from './lost-unit';
import { phraseSlipCheck } from './phrase-slips';
import { moneyUnitCheck } from './money-unit';
import { planYearCheck } from './plan-year';
import { narrativePercentageCheck, narrativeTableCheck } from './narrative-numbers';
import { noticeCitationUnknownCheck, noticeCitationWrongCheck } from './notice-citation';
import { overviewAreasCheck, overviewLengthCheck } from './overview';
import {
  reportDateBeforeYearEndCheck,
  reportDateDeadlineCheck,
  reportDateFutureCheck,
  reportDateInvalidCheck,
} from './report-date';
import { blankTotalCheck, reportedTotalCheck } from './reported-totals';
import {
  overviewItemOffTopicCheck,
  overviewSubheadingCheck,
  sectionHeadingCheck,
} from './headings';
import { statisticsPeriodCheck } from './statistics-period';
import {
  permitsAboveDecisionsCheck,
  table2ChangeHoldsDecisionsCheck,
  table2EqualItemsCheck,
  table2NegativeCheck,
  table2WithoutItemsCheck,
} from './table2-items';
import { headerChangedCheck, headerRepeatedCheck, valuesRunTogetherCheck } from './header-labels';
import { templateTextCheck } from './template-text';
import { wrongYearCheck } from './wrong-year';
import { partsSumCheck } from './parts-sum';
import { narrativeBalanceCheck } from './narrative-balance';
import { sharesCheck } from './shares';
import {
  agencyScopeCheck,
  countyRegulationsCheck,
  countyRegulationsInTextCheck,
  normativeAllDocumentsCheck,
  otherLineOfWorkCheck,
  regionFiguresCheck,
  townshipRegulationsCheck,
  townshipScopeCheck,
} from './agency-kind';
import {
  abolishedBodyCheck,
  agencyPlaceMissingCheck,
  agencyWordDoubledCheck,
  agencyWordLostCheck,
  otherAgencyInTextCheck,
  signatureAgencyCheck,
} from './agency-names';
import { otherUnitSubjectCheck } from './other-unit-subject';
import { allCompletedCheck, outcomeUpheldCheck } from './outcome-claims';
import { zeroProactivePublishedCheck, zeroRequestsAnsweredCheck } from './zero-claims';
import {
  columnsCancelCheck,
  feeNoticeCheck,
  madeUnpublishedCheck,
  procurementUnitCheck,
  procurementUnitUnstatedCheck,
  validBelowMadeInTextCheck,
  validBelowNetCheck,
} from './table-plausibility';
import {
  abbreviationMismatchCheck,
  firstHeadingLateCheck,
  mixedItemsCheck,
  skippedHeadingCheck,
  garbledReportNameCheck,
  plenaryTermCheck,
  governmentScopeCheck,
  halfBracketedHeadingCheck,
  lostHeadingNumberCheck,
  listCountCheck,
  lostDateCheck,
  lostYearCheck,
  repeatedHeadingCheck,
  partCountCheck,
  problemsTrivialCheck,
  strayCloserCheck,
  unclosedBracketCheck,
  basisCutCheck,
  mailAtLostCheck,
  repeatedAddressCheck,
} from './text-slips';
import { mainFigureJumpCheck, yearOnYearCheck } from './year-on-year';
import { coverLetterCheck } from './cover-letter';
import { contactNumberCheck } from './contact-numbers';
import { proactiveCountCheck } from './proactive-count';
import { unansweredRequestsCheck } from './unanswered-requests';
import { incompleteNoticeTitleCheck } from './document-titles';

/**
 * Every built-in check of SPEC §4, in the order their issues are listed. Adding a check: declare
 * it with `defineCheck` in a file of this folder and add it here; the catalogue follows.
 */
export const builtInChecks: readonly CheckDeclaration[] = [
  // §4.1 arithmetic (errors)
  balanceCheck,
  reportedTotalCheck,
  table2NegativeCheck,
  cellValueCheck,
  reportYearInvalidCheck,
  // §4.2 dates and format
  reportDateInvalidCheck,
  reportDateBeforeYearEndCheck,
  reportDateDeadlineCheck,
  reportDateFutureCheck,
  formatYearCheck,
  noticeCitationUnknownCheck,
  noticeCitationWrongCheck,
  statisticsPeriodCheck,
  // §4.3 completeness
  agencyNameCheck,
  reportYearCheck,
  reportDateMissingCheck,
  narrativeEmptyCheck,
  blankCellsCheck,
  tablePrintedEmptyCheck,
  cellsPrintedBlankCheck,
  feeStatementCheck,
  templateTextCheck,
  // §4.4 consistency
  table2WithoutItemsCheck,
  table2EqualItemsCheck,
  table2ChangeHoldsDecisionsCheck,
  permitsAboveDecisionsCheck,
  narrativeTableCheck,
  narrativePercentageCheck,
  moneyUnitCheck,
  overviewAreasCheck,
  overviewLengthCheck,
  wrongYearCheck,
  carriedInCheck,
  validCountCheck,
  narrativeCopiedCheck,
  tableCopiedCheck,
  // §4.5 what reviewers check on real reports
  sectionHeadingCheck,
  overviewSubheadingCheck,
  overviewItemOffTopicCheck,
  proactiveCountCheck,
  blankTotalCheck,
  outcomeUpheldCheck,
  allCompletedCheck,
  zeroRequestsAnsweredCheck,
  unansweredRequestsCheck,
  zeroProactivePublishedCheck,
  narrativeBalanceCheck,
  lostDateCheck,
  lostYearCheck,
  repeatedHeadingCheck,
  firstHeadingLateCheck,
  skippedHeadingCheck,
  mixedItemsCheck,
  halfBracketedHeadingCheck,
  lostHeadingNumberCheck,
  garbledReportNameCheck,
  plenaryTermCheck,
  citationAfterReportDateCheck,
  numberTwoTitlesCheck,
  incompleteNoticeTitleCheck,
  lostNumberCheck,
  lostUnitCheck,
  infoWordCutCheck,
  phraseSlipCheck,
  strayCloserCheck,
  unclosedBracketCheck,
  basisCutCheck,
  mailAtLostCheck,
  repeatedAddressCheck,
  contactNumberCheck,
  coverLetterCheck,
  abbreviationMismatchCheck,
  infoTotalCheck,
  channelCountCheck,
  planYearCheck,
  partCountCheck,
  partsSumCheck,
  sharesCheck,
  listCountCheck,
  problemsTrivialCheck,
  governmentScopeCheck,
  columnsCancelCheck,
  validBelowNetCheck,
  madeUnpublishedCheck,
  validBelowMadeInTextCheck,
  townshipRegulationsCheck,
  countyRegulationsCheck,
  countyRegulationsInTextCheck,
  normativeAllDocumentsCheck,
  townshipScopeCheck,
  agencyScopeCheck,
  otherLineOfWorkCheck,
  regionFiguresCheck,
  signatureAgencyCheck,
  otherAgencyInTextCheck,
  agencyWordLostCheck,
  abolishedBodyCheck,
  agencyWordDoubledCheck,
  agencyPlaceMissingCheck,
  otherUnitSubjectCheck,
  feeNoticeCheck,
  headerRepeatedCheck,
  headerChangedCheck,
  valuesRunTogetherCheck,
  procurementUnitUnstatedCheck,
  procurementUnitCheck,
  yearOnYearCheck,
  mainFigureJumpCheck,
];
