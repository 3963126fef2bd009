namespace TrustSite.Diagnostics;

/// <summary>Every diagnostic code, grouped by the stage that reports it; the README lists them for authors.</summary>
public static class DiagnosticCodes
{
    // TS1xxx: site.yml
    public const string ConfigMissing = "TS1001";
    public const string ConfigSyntax = "TS1002";
    public const string ConfigType = "TS1003";
    public const string ConfigUnknownKey = "TS1004";
    public const string ConfigRequired = "TS1005";
    public const string ConfigInvalidValue = "TS1006";
    public const string FormNotConfigured = "TS1007";
    public const string ConfigPlaceholder = "TS1020";

    // TS2xxx: content files and front matter
    public const string FrontMatterSyntax = "TS2001";
    public const string FrontMatterNotClosed = "TS2002";
    public const string FrontMatterType = "TS2003";
    public const string InvalidDate = "TS2004";
    public const string UnreadableFile = "TS2005";
    public const string UnsupportedFrontMatter = "TS2006";
    public const string MissingTitle = "TS2007";
    public const string FrontMatterInvalidValue = "TS2008";

    // TS3xxx: addresses, links and output paths
    public const string DuplicateUrl = "TS3001";
    public const string UnsafePath = "TS3002";
    public const string BrokenLink = "TS3003";
    public const string OutputConflict = "TS3004";
    public const string MarkdownTooDeep = "TS3005";
    public const string ShortcodeUnknown = "TS3006";
    public const string ShortcodeInvalid = "TS3007";

    // TS4xxx: themes and templates
    public const string ThemeMissing = "TS4001";
    public const string TemplateSyntax = "TS4002";
    public const string TemplateRuntime = "TS4003";
    public const string LayoutMissing = "TS4004";
    public const string LayoutChain = "TS4005";
    public const string ThemeConfig = "TS4006";

    // TS5xxx: the output folder
    public const string OutputFolderUnsafe = "TS5001";
    public const string OutputWriteFailed = "TS5002";

    // TS6xxx: importing from other systems (trustsite import)
    public const string ImportMalformedExport = "TS6001";
    public const string ImportUnreadableExport = "TS6002";
    public const string ImportNotAnExport = "TS6003";
    public const string ImportWriteFailed = "TS6004";
    public const string ImportInvalidItem = "TS6005";
    public const string ImportManifestInvalid = "TS6006";

    // TS7xxx: the privacy audit of the built site (trustsite check --privacy)
    public const string PrivacyHostNotAllowed = "TS7001";
    public const string PrivacyTrackerNotAllowed = "TS7002";
    public const string PrivacyStorage = "TS7003";
    public const string PrivacyTrackingApi = "TS7004";
    public const string PrivacyOutputMissing = "TS7005";
    public const string AnalyticsProviderUnknown = "TS7006";
    public const string AnalyticsAddressInvalid = "TS7007";
    public const string AnalyticsSettingMissing = "TS7008";

    // TS702x-TS703x: the forms of the rendered pages and the laws around them (trustsite check, and every build), all warnings
    public const string FormWithoutHoneypot = "TS7020";
    public const string FormWithoutConsent = "TS7021";
    public const string FormFieldWithoutLabel = "TS7022";
    public const string FormThankYouMissing = "TS7023";
    public const string ContactFormFieldMissing = "TS7024";
    public const string ContactFormWithoutNote = "TS7025";
    public const string FormHealthData = "TS7026";
    public const string NewsletterWithoutPostalAddress = "TS7027";

    // TS8xxx: content checks (trustsite check, and every build), all warnings: what readers and search engines would stumble on
    public const string FrontMatterUnknownKey = "TS8001";
    public const string ImageWithoutAlt = "TS8002";
    public const string FrontMatterImageMissing = "TS8003";
    public const string DuplicateTitle = "TS8004";
    public const string DuplicateSlug = "TS8005";
    public const string TitleTooLong = "TS8006";
    public const string DescriptionTooLong = "TS8007";
    public const string HeadingLevelSkipped = "TS8008";
    public const string SecondTitleHeading = "TS8009";
    public const string RetiredCrisisNumber = "TS8010";

    // TS9xxx: creating sites and documents (trustsite new)
    public const string ScaffoldTargetExists = "TS9001";
    public const string ScaffoldUnknownLanguage = "TS9002";
    public const string ScaffoldUnknownSection = "TS9003";
    public const string ScaffoldNoAddress = "TS9004";
    public const string ArchetypeInvalid = "TS9005";
    public const string ScaffoldWriteFailed = "TS9006";
    public const string ScaffoldFolderNotEmpty = "TS9007";

    // TS10xxx: the safety kit in site.yml (crisis resources, quick exit, disclaimer, licensure, No Surprises Act)
    public const string CrisisResourceIncomplete = "TS10001";
    public const string CrisisNumberInvalid = "TS10002";
    public const string CrisisNumberRetired = "TS10003";
    public const string QuickExitUrlInvalid = "TS10004";
    public const string LicensureIncomplete = "TS10005";
}
