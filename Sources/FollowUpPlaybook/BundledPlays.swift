/// The play files compiled into the binary (`Plays/*.yaml`), by file name, in the order their
/// plays are loaded (ties between plays keep this order). A test checks every file is here.
public enum BundledPlays {
    public static let files: [(name: String, bytes: [UInt8])] = [
        ("README.yaml", PackageResources.README_yaml),
        ("prepare.yaml", PackageResources.prepare_yaml),
        ("ladder.yaml", PackageResources.ladder_yaml),
        ("methods.yaml", PackageResources.methods_yaml),
        ("attitudes.yaml", PackageResources.attitudes_yaml),
        ("excuses.yaml", PackageResources.excuses_yaml),
        ("credit.yaml", PackageResources.credit_yaml),
        ("thanks.yaml", PackageResources.thanks_yaml),
        ("arrangements.yaml", PackageResources.arrangements_yaml),
        ("tips.yaml", PackageResources.tips_yaml),
        ("emails.yaml", PackageResources.emails_yaml),
        ("complaints.yaml", PackageResources.complaints_yaml),
        ("complaint_causes.yaml", PackageResources.complaint_causes_yaml),
        ("complaint_remedies.yaml", PackageResources.complaint_remedies_yaml),
        ("complaint_attitudes.yaml", PackageResources.complaint_attitudes_yaml),
        ("satisfaction.yaml", PackageResources.satisfaction_yaml),
        ("plans.yaml", PackageResources.plans_yaml),
    ]
}
