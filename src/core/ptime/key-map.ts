import type { ApplicationId } from "../taxonomy.js";

export interface KeyMapping {
  readonly applications: readonly ApplicationId[];
  readonly variant?: string;
  readonly quebec?: boolean;
  readonly insideCanada?: boolean;
}

/**
 * IRCC key → application ids. Non-country keys are "<group>.<field>"; country keys are the top-level key.
 * Keys that fit no application id (resettled refugees, empty groups) are reported as skipped, not guessed.
 */
export const KEY_MAP: Readonly<Record<string, KeyMapping>> = {
  "visitor-outside-canada": { applications: ["visitor-visa"], insideCanada: false },
  supervisa: { applications: ["visitor-visa"], variant: "superVisa", insideCanada: false },
  study: { applications: ["study-permit"], insideCanada: false },
  work: { applications: ["work-permit"], insideCanada: false },
  child_dependent: { applications: ["sponsorship-dependent-child"], insideCanada: false },
  child_adopted: { applications: ["sponsorship-dependent-child"], variant: "adoptedChild", insideCanada: false },
  "visitor_inside_canada.visitor_inside_canada": { applications: ["visitor-record"], variant: "visitorRecord", insideCanada: true },
  "visitor_extension.visitor_extension": { applications: ["visitor-record"], variant: "visitorExtension", insideCanada: true },
  "study_extension.study_extension": { applications: ["study-permit-extension"], insideCanada: true },
  "work_extension.work_extension": { applications: ["work-permit-extension"], insideCanada: true },
  "iec.iec": { applications: ["work-permit"], variant: "iec" },
  "eta.eta": { applications: ["eta"] },
  "quebec_business.quebec_business": { applications: ["pr-quebec-federal"], variant: "quebecBusiness", quebec: true },
  "self_employed_federal.self_employed_federal": { applications: ["pr-economic-other"], variant: "selfEmployed" },
  "fed_skilled_trades.skilled_trades_ee": { applications: ["pr-express-entry"], variant: "fst" },
  "startup_back.startup_back": { applications: ["pr-economic-other"], variant: "startUpVisa" },
  "refugees_protected.refugees_protected_roc": { applications: ["pr-protected-person"], quebec: false },
  "refugees_protected.refugees_protected_qc": { applications: ["pr-protected-person"], quebec: true },
  "humanitarian_compassionate.humanitarian_compassionate_roc": { applications: ["pr-humanitarian"], quebec: false },
  "humanitarian_compassionate.humanitarian_compassionate_qc": { applications: ["pr-humanitarian"], quebec: true },
  "citizenship.cit_resumption": { applications: ["citizenship-resumption"] },
  "citizenship.cit_renunciation": { applications: ["citizenship-renunciation"] },
  "citizenship.cit_search": { applications: ["citizenship-search"] },
  "citizenship.cit_adoption_part1": { applications: ["citizenship-adoption"] },
  "citizenship.grant_after2015": { applications: ["citizenship-grant-adult", "citizenship-grant-minor"] },
  "citizenship.cit_cert": { applications: ["citizenship-certificate"] },
  "pr_card.new_pr": { applications: ["pr-card-new"] },
  "pr_card.existing_pr": { applications: ["pr-card-renewal"] },
  "rep_documents.vos": { applications: ["verification-of-status"] },
  "rep_documents.replacement": { applications: ["document-replacement"] },
  "rep_documents.amend_imm": { applications: ["document-amendment"], variant: "amendImmigration" },
  "rep_documents.amend_tr": { applications: ["document-amendment"], variant: "amendTemporary" },
  "sawp.sawp_current": { applications: ["work-permit"], variant: "sawp" },
  "dependents_protected_persons.dependents_protected_persons": { applications: ["pr-protected-person"], variant: "protectedDependants" },
  "atlantic-immigration-program.atlantic-immigration-program": { applications: ["pr-economic-other"], variant: "atlantic" },
  "cec_flpt.cec_flpt": { applications: ["pr-express-entry"], variant: "cec" },
  "pnp_ee_flpt.pnp_ee_flpt": { applications: ["pr-express-entry"], variant: "pnpEe" },
  "fsw_ee_flpt.fsw_ee_flpt": { applications: ["pr-express-entry"], variant: "fsw" },
  "pnp_flpt.pnp_flpt": { applications: ["pr-pnp"] },
  "skilled_workers_qc_flpt.skilled_workers_qc_flpt": { applications: ["pr-quebec-federal"], variant: "quebecSkilled", quebec: true },
  "cit_grant_flpt.cit_grant_flpt": { applications: ["citizenship-grant-adult", "citizenship-grant-minor"] },
  "cit_proof_flpt.cit_proof_flpt": { applications: ["citizenship-certificate"] },
  "spousal_canada_qc_flpt.spousal_canada_qc_flpt": { applications: ["sponsorship-spouse"], quebec: true, insideCanada: true },
  "spousal_canada_roc_flpt.spousal_canada_roc_flpt": { applications: ["sponsorship-spouse"], quebec: false, insideCanada: true },
  "spousal_outside_qc_flpt.spousal_outside_qc_flpt": { applications: ["sponsorship-spouse"], quebec: true, insideCanada: false },
  "spousal_outside_roc_flpt.spousal_outside_roc_flpt": { applications: ["sponsorship-spouse"], quebec: false, insideCanada: false },
  "pgp_qc_flpt.pgp_qc_flpt": { applications: ["sponsorship-parents"], quebec: true },
  "pgp_roc_flpt.pgp_roc_flpt": { applications: ["sponsorship-parents"], quebec: false },
};
