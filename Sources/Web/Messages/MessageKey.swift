/// Every message of the catalogue by name: a misspelled key does not compile, and a test
/// checks that every catalogue has a text for every key. Templates name them as `{{t.key}}`.
public enum MessageKey: String, CaseIterable, Sendable {
    // Layout
    case siteName
    case siteTagline
    case skipLink
    case navStart
    case navOrganisations
    case navMain
    case footerAccessibility
    case footerAbout
    case demoBanner
    case demoBadge
    case pageTitleSuffix

    // Start page
    case startTitle
    case startLead
    case startWhatHeading
    case startWhatOwner
    case startWhatUH
    case startWhatNetwork
    case startWhatReview
    case startOrdningerHeading
    case startBudgetHeading
    case startBudgetCaption
    case colOrdning
    case colBudget
    case colViaBehovsmelding
    case colLaterRound
    case colTotal
    case startArshjulHeading
    case startArshjulLead
    case startNoRound
    case statusPassert
    case statusNeste
    case statusKommende
    case labelFrist
    case labelDato

    // Year cycle steps
    case steg_apner_title
    case steg_apner_text
    case steg_behovsmelding_title
    case steg_behovsmelding_text
    case steg_nettverk_title
    case steg_nettverk_text
    case steg_fagutvalg_title
    case steg_fagutvalg_text
    case steg_tildelingsbrev_title
    case steg_tildelingsbrev_text
    case steg_rekom30Apner_title
    case steg_rekom30Apner_text
    case steg_rekom30Frist_title
    case steg_rekom30Frist_text
    case steg_rekom30FordelesEtter_title
    case steg_rekom30FordelesEtter_text
    case steg_halvaarsrapport_title
    case steg_halvaarsrapport_text
    case steg_rapport_title
    case steg_rapport_text

    // Organisations
    case orgTitle
    case orgLead
    case orgColName
    case orgColKind
    case orgColOrgnr
    case orgColKommunenummer
    case orgColNotes
    case orgWithoutRegion
    case orgCount
    case orgSaerlige
    case orgOppfolging
    case orgEmpty

    // Accessibility statement
    case a11yTitle
    case a11yLead
    case a11yStandardHeading
    case a11yStandard
    case a11yHowHeading
    case a11yHowSemantics
    case a11yHowKeyboard
    case a11yHowContrast
    case a11yHowNoScript
    case a11yHowAutomated
    case a11yHowAxe
    case a11yHowCycle
    case a11yHowKeyboardTest
    case a11yHowNarrow
    case a11yLanguageHeading
    case a11yLanguage
    case a11yKnownHeading
    case a11yKnown
    case a11yReportHeading
    case a11yReport
    case a11yReportMail
    case a11yComplaint
    case a11yUpdated

    // Error pages
    case error400Title
    case error400Text
    case error403Title
    case error403Text
    case error404Title
    case error404Text
    case error405Title
    case error405Text
    case error413Title
    case error413Text
    case error500Title
    case error500Text
    case errorBackHome
    case errorCode

    // Error pages: a form sent without a valid form token
    case error403CsrfTitle
    case error403CsrfText

    // Forms
    case errorPrefix
    case errorSummaryOne
    case errorSummaryMany

    // Account area in the header
    case navHome
    case accountLoggedInAs
    case accountRole
    case accountSwitchLabel
    case accountSwitch
    case accountLogout
    case accountLogin

    // Login and password
    case loginTitle
    case loginEmail
    case loginPassword
    case loginSubmit
    case loginHelp
    case loginMissingEmail
    case loginMissingPassword
    case loginWrong
    case loginThrottled
    case loginLoggedOut
    case loginExpiredTyped
    case sessionRegion
    case sessionStay
    case sessionSoon
    case sessionOver
    case sessionRenewed
    case sessionRenewFailed
    case draftCopyFound
    case draftCopyRestore
    case draftCopyDiscard
    case draftCopyRestored
    case resumeTitle
    case resumeLead
    case resumeSubmit
    case resumeDiscard
    case loginExpired
    case loginPasswordSet
    case loginDemoHeading
    case loginDemoText
    case passwordTitle
    case passwordLead
    case passwordNew
    case passwordRepeat
    case passwordHint
    case passwordSubmit

    // Role home pages
    case homeLead_eier
    case homeLead_uh
    case homeLead_nettverksleder
    case homeLead_fagutvalg
    case homeLead_statsforvalter
    case homeLead_samarbeidsforum
    case homeTask_eier
    case homeTask_uh
    case homeTask_nettverksleder
    case homeTask_fagutvalg
    case homeTask_statsforvalter
    case homeTask_samarbeidsforum
    case homeTaskNext
    case homeNoRoundTitle
    case homeWaiting
    case homeDeadlines
    case homeDeadlinesNone
    case homeFactsHeading
    case homeFactNetwork
    case homeFactRegion
    case homeFactOwners
    case homeFactSector
    case homeAdminHeading
    case homeCountOrganisations
    case homeCountUsers
    case homeCountRounds
    case homeCountOrganisationsOne, homeCountUsersOne, homeCountRoundsOne
    case homeRegionsText
    case homeAuditText
    case homeRecentHeading
    case homeAuditAll
    case daysLeftToday
    case daysLeftOne
    case daysLeftMany

    // Statsforvalter administration
    case adminOrganisations
    case adminRegions
    case adminUsers
    case adminRounds
    case adminAudit
    case adminSearch
    case adminSearchSubmit
    case adminNoMatches
    case adminChoose
    case adminAllKinds
    case adminCreate
    case adminSave
    case adminCancel
    case adminSaved
    case adminHistory
    case adminColStatus
    case adminColRoles
    case adminColOwners
    case adminColNetworks
    case adminOrgNew
    case adminOrgSearchHint
    case adminOrgResult
    case adminOrgCreated
    case adminOrgNameHint
    case adminOrgnrHint
    case adminOrgnrTaken
    case adminKommunenummer
    case adminKommunenummerHint
    case adminNoRegion
    case adminRegionHint
    case adminOrgMalform
    case adminOrgMalformHint
    case adminR11Legend
    case adminSaerligeHint
    case adminOppfolgingHint
    case adminRegionsLead
    case adminRegionTitle
    case adminRegionMembers
    case adminRegionMembersHint
    case adminNetworkName
    case adminNetworkLeader
    case adminNetworkLeaderEmail
    case adminNetworkLeaderHint
    case adminNoLeader
    case adminLeaderUnknown
    case adminSaveNetwork
    case adminNetworkSaved
    case adminUserNew
    case adminUserNewLead
    case adminUserName
    case adminUserEmail
    case adminUserEmailHint
    case adminUserCreate
    case adminUserSearchHint
    case adminUserResult
    case adminUserActive
    case adminUserInactive
    case adminUserPerson
    case adminFirstRole
    case adminRole
    case adminRoleHint
    case adminRoleOrganisation
    case adminRoleOrganisationHint
    case adminRoleNetwork
    case adminRoleNetworkHint
    case adminRoleSector
    case adminRoleSectorHint
    case adminEmailTaken
    case adminGrantTaken
    case adminGrantAdded
    case adminGrantRemoved
    case adminGrantOwn
    case adminGrantActing
    case adminNoGrants
    case adminRemoveGrant
    case adminAddGrant
    case adminAddGrantSubmit
    case adminAccessHeading
    case adminMakeLink
    case adminMakeLinkHint
    case adminDeactivate
    case adminDeactivateHint
    case adminActivate
    case adminActivated
    case adminDeactivated
    case adminDeactivateSelf
    case adminLinkInactive
    case adminLinkTitleNew
    case adminLinkTitle
    case adminLinkLead
    case adminLinkLabel
    case adminLinkExpires
    case adminLinkOnce
    case adminLinkToUser
    case adminLinkToList
    case adminRoundNew
    case adminRoundTitle
    case adminRoundYear
    case adminRoundYearHint
    case adminRoundDates
    case adminRoundDatesHint
    case adminRoundInclude
    case adminRoundCreated
    case adminRoundTaken
    case adminRoundLocked
    case adminRoundOpen
    case adminNoRounds
    case adminParamBudget
    case adminParamMaxTiltak
    case adminParamCoordinatorShare
    case adminParamCoordinatorKommuner
    case adminParamMaxYears
    case adminParamMultiYearShare
    case adminParamViaBehovsmelding
    case adminParamEgenandel

    // Audit log
    case auditLead
    case auditUser
    case auditUserHint
    case auditMatchedUsers
    case auditMatchedMore
    case auditFrom
    case auditUntil
    case auditObject
    case auditAllObjects
    case auditObjectId
    case auditObjectIdHint
    case auditFilter
    case auditResult
    case auditResultLimited
    case auditEmpty
    case auditUnknownUser
    case auditBadDate
    case auditUntilBeforeFrom
    case auditNoUser
    case auditTableLabel
    case auditColTime
    case auditColUser
    case auditColAction
    case auditColObject
    case auditColChange

    // Partnerships
    case psNewTitle
    case psEditTitle
    case psNewLead
    case psEditLead
    case psBack
    case psBackHome
    case psName
    case psNameHint
    case psRegion
    case psRegionHint
    case psChooseRegion
    case psRegionLabel
    case psPartiesHeading
    case psPartiesCaption
    case psOwnOrganisation
    case psOtherOwners
    case psOtherOwnersHint
    case psUH
    case psUHHint
    case psAgreementHeading
    case psAgreementLead
    case psCreate
    case psSave
    case psCreated
    case psSaved
    case psSavedSignaturesCleared
    case psEditClearsSignatures
    case psConflict
    case psColParty
    case psColSide
    case psColSigned
    case psColActions
    case psColRound
    case psColStatus
    case psSideOwner
    case psSideUH
    case psSignedAt
    case psNotSigned
    case psRemindedAt
    case psRemind
    case psReminded
    case psAlreadySigned
    case psNotWritten
    case psOwnSigned
    case psSignLead
    case psSign
    case psSigned
    case psSignConflict
    case psEdit
    case psMeldingerHeading
    case psOpenMelding
    case psNotStarted
    case psStart
    case psNoRound

    // Behovsmelding
    case bmTitle
    case bmStarted
    case bmSaveDraft
    case bmSaved
    case bmSend
    case bmSendHint
    case bmSent
    case bmSendRefused
    case bmPrintLink
    case bmCriteriaHeading
    case bmCriteriaLead
    case bmWhoHeading
    case bmKommuner
    case bmEnheter
    case bmEnheterHint
    case bmKontaktperson
    case bmKontaktpersonHint
    case bmTiltakHeadingAll
    case bmTiltakHeading
    case bmTiltakLimit
    case bmTiltakMaxReached
    case bmTiltakAdded
    case bmTiltakRemoved
    case bmAddTiltak
    case bmRemoveTiltak
    case bmNoTiltak
    case bmTittel
    case bmFase
    case bmFaseHint_vurdering
    case bmFaseHint_planlegging
    case bmFaseHint_gjennomforing
    case bmHvaSkalGjores
    case bmHvaSkalGjoresHint
    case bmHvemGjorHva
    case bmHvemGjorHvaHint
    case bmDeltakere
    case bmDeltakereHint
    case bmPlanGoalLabel, bmPlanGoalHint, bmPlanGoalNone, bmPlanGoal, bmPlanGoalOfNetwork, bmPlanGoalEarlier
    case bmVarighet
    case bmVarighetHint
    case bmYearsOne
    case bmYearsMany
    case bmAmountsLegend
    case bmAmountsHint
    case bmYearFirst
    case bmYearLater
    case bmAmountOwner
    case bmAmountUH
    case bmCoordinatorLegend
    case bmCoordinatorNote
    case bmKoordinator
    case bmKoordinatorHint
    case bmKoordinatorBegrunnelse
    case bmUHText
    case bmUHTextHint
    case bmUHTextLater
    case bmSummaryHeading
    case bmSummaryPending
    case bmSummaryLive
    case bmAmountsCaption
    case bmColYear
    case bmColOwner
    case bmColUH
    case bmColSum
    case bmTotal
    case bmTotalHeading
    case bmCoordinatorLabel
    case bmNoCoordinator
    case bmCoordinatorShare
    case bmEgenandelLabel
    case bmEgenandel
    case bmDeadlineOpen
    case bmDeadlinePassed
    case bmBlockersOne
    case bmBlockersMany
    case bmWarningsHeading
    case bmReady_tilUH
    case bmReady_levering
    case bmConflictHeading
    case bmConflict
    case bmSomeoneElse
    case bmReturned
    case bmReturnedFlash
    case bmNotAnswered
    case bmAboutHeading
    case bmFactOrdning
    case bmFactRound
    case bmFactStatus
    case bmFactPartnership
    case bmFactOwners
    case bmFactUH
    case bmNoticeOwnerClosed
    case bmNoticeDraft
    case bmNoticeUHTurn
    case bmNoticeWithUH
    case bmNoticeDelivered
    case bmUHPanelHeading
    case bmUHSave
    case bmUHSign
    case bmUHSignHint
    case bmUHSigned
    case bmDelivered
    case bmReturnHeading
    case bmReturnComment
    case bmReturnCommentHint
    case bmReturn
    case bmSignedBy
    case bmHistoryHeading
    case bmAction_opprett
    case bmAction_lagre
    case bmAction_send
    case bmAction_uh_lagre
    case bmAction_uh_signer
    case bmAction_lever
    case bmAction_returner
    case bmAction_seedDemo = "bmAction_seed-demo"
    case bmAction_vurder
    case bmPrintBack
    case bmPrintHint
    case bmPrintAgreementSigned
    case bmPrintUHSigned
    case bmPrintDelivered
    case bmPrinted
    case bmSignaturesHeading
    case bmYes

    // Owner and UH home: partnerships
    case workHeading
    case workNewPartnership
    case workNone
    case workWaitingBadge
    case workSignAgreement
    case workReminded
    case workAgreementMissing
    case workAgreementSigned
    case workMelding
    case workReadyToSend
    case workBlockingOne
    case workBlockingMany
    case workEarlierOne
    case workEarlierMany
    case workUHTurn
    case workUHSigned
    case homeLinksHeading_eier
    case homeLinksHeading_uh
    case homeLinksHeading_statsforvalter
    case homeLinksHeading_nettverksleder
    case homeLinksHeading_fagutvalg
    case homeLinksHeading_samarbeidsforum
    case homeNetworkLink
    case homeNetworkCount
    case homeNetworkOpen
    case homeNetworkForwarded
    case homeAssessWaiting
    case homeAssessDone
    case homeAssessUnmet
    case homeAssessConflict
    /// The fagutvalg's work list on its home page.
    case fuListHeading, fuListCounts, fuListCountsInhabil, fuListOrdning, fuListState, fuListShowing, fuListNone, fuListNoneForwarded
    case fuListColMelding, fuListColRegion, fuListCaption
    case fuListState_venter, fuListState_oppfylt, fuListState_ikkeOppfylt, fuListState_inhabil
    case pagerLabel, pagerPage, pagerPrevious, pagerNext
    case nwTitle
    case nwStatusOpen
    case nwStatusForwarded
    case nwNone
    case nwPriorityHeading
    case nwPriorityLead
    case nwPriorityCaption
    case nwColPriority
    case nwColPartnership
    case nwColTiltak
    case nwColSum
    case nwPriorityLabel
    case nwNote
    case nwNoteHint
    case nwSave
    case nwForward
    case nwForwardHint
    case nwSaved
    case nwForwarded
    case nwAlreadyForwarded
    case nwNothingToForward
    case nwConflict
    case nwJointHeading
    case nwJointLead
    case nwJointNone
    case nwJointChoose
    case nwJointNote
    case nwJointNoteHint
    case nwJointMark
    case nwJointRemove
    case nwJointTooFew
    case nwJointNoteMissing
    case nwJointAdded
    case nwJointRemoved
    case nwJointTitle
    case nwJointLink
    case nwJointBack
    case nwJointNeedsTwo
    case fuTitle
    case fuLead
    case fuConflictHeading
    case fuFormHeading
    case fuCriterionLegend
    case fuMet
    case fuNotMet
    case fuReason
    case fuReasonHint
    case fuPriority
    case fuPriorityNone
    case fuPriorityOption
    case fuPriorityHint
    case fuAmountsLegend
    case fuAmountsHint
    case fuRecommended
    case fuRequested
    case fuConsistency
    case fuConsistencyHint
    case fuComment
    case fuSave
    case fuSaved
    case fuCurrent
    case fuHistoryHeading
    case fuColTime
    case fuColWho
    case fuColResult
    case fuColPriority
    case fuAllMet
    case fuUnmet
    case inTitle
    case homeInnstillingState
    case homeInnstillingNone
    case homeForumTables
    case homeLettersText
    case homeForumNone
    case inStatusDraft
    case inStatusForum
    case inStatusDecided
    case inNotForwarded
    case inChecksHeading
    case inBudget
    case inAllocatable
    case inRequested
    case inProposed
    case inLeft
    case inMultiYear
    case inOfCap
    case inCommitment
    case inPerRegion
    case inColRegion
    case inColEier
    case inColUH
    case inColSum
    case inBlockersHeading
    case inClean
    case inNoLines
    case inSuggest
    case inSuggestHint
    case inRegionSum
    case inColTiltak
    case inColPriority
    case inColYear
    case inColRequested
    case inColProposed
    case inColCoordinator
    case inColReason
    case inRequestedShort
    case inSplit
    case inCellEier
    case inCellUH
    case inCellKoordinator
    case inCellReason
    case inCellsHint
    case inSave
    case inSend
    case inSendHint
    case inSaved
    case inSuggested
    case inSent
    case inDecided
    case inLocked
    case inConflict
    case inDateInvalid
    case inDecisionHeading
    case inDecisionLead
    case inDecisionDate
    case inDecisionDateHint
    case inDecide
    case inNewVersionLead
    case inNewVersionButton
    case inNewVersion
    case inNewVersionRefused
    case inUnqualifiedHeading
    case inFilterHeading, inFilterState, inFilterShowing, inFilterReset, inFilterHint, inFilterNone
    case inState_fullt, inState_redusert, inState_ingen, inState_brudd
    case inColWhy
    case inColRequestedSum
    case inForumHeading
    case inForumNoApprovals
    case inForumApproved
    case inForumComments
    case inForumLink
    case tbNoFunds
    case tbNoFundsBadge
    case tbGroupCount, tbTotalChosen, tbFilterOutcome, tbOutcome_tildelt, tbOutcome_ingenMidler, tbListNoneChosen
    case tbGranted
    case tbListTitle
    case tbListLeadSF
    case tbListLeadParty
    case tbDecided
    case tbNone
    case tbColPartnerskap
    case tbColTiltak
    case tbColYear
    case tbColEier
    case tbColUH
    case tbColSum
    case tbColEierAll
    case tbColUHAll
    case tbColSumAll
    case tbTitle
    case tbSender
    case tbSenderIn
    case tbDate
    case tbTo
    case tbIntro
    case tbIntroRefused
    case tbGrantedHeading
    case tbTotalYear
    case tbTotal
    case tbCoordinator
    case tbContinued
    case tbContinuedChanged
    case tbContinuedNote
    case tbStoppedHeading
    case tbStoppedReason
    case tbRefusedHeading
    case tbConditionsHeading
    case tbAppealHeading
    case tbAppeal
    case tbRegards
    case tbNoSignature
    case tbBack
    case homeLetterLink
    case homeLettersMany
    case foTitle
    case foLead
    case foInnstillingerHeading
    case foNotSent
    case foNoTables
    case foFilterLabel
    case foFilterButton
    case foAllOrdninger
    case foTablePerOrdning
    case foTablePerRegion
    case foTablePerPartnerskap
    case foColOrdning
    case foColPartnerskap
    case foColBudget
    case foColAllocatable
    case foColLater
    case foColRequestedEier
    case foColRequestedUH
    case foColRequested
    case foColProposedEier
    case foColProposedUH
    case foColProposed
    case foColShare
    case foColCommitment
    case foColCommitmentShare
    case foColRequestedEierYear
    case foColRequestedUHYear
    case foColProposedEierYear
    case foColProposedUHYear
    case foColCoordinator
    case foTotal
    case foDownload
    case foCsv
    case foXlsx
    case foSeriesAllocatable
    case foSeriesRequested
    case foSeriesProposed
    case foChartDesc
    case foBack
    case foOpenSF
    case foLinesCaption
    case foEarlierCaption
    case foColLeft, foColLaterGiven, foColLaterLeft
    case foColPromised
    case foColProposedYear
    case foStoppedAnswer
    case foAnswersHeading
    case foApprovedHeading
    case foNoApprovals
    case foCommentsHeading
    case foNoComments
    case foWithApproval
    case foYouApproved
    case foCommentLabel
    case foTypedNotSent
    case foCommentHint
    case foSendComment
    case foApprove
    case foApproved
    case foCommented
    case foLocked

    // Partnership agreement hints, by field
    case psHint_avtaleHvem = "psHint_avtale.hvem"
    case psHint_avtaleHva = "psHint_avtale.hva"
    case psHint_avtaleNaar = "psHint_avtale.naar"

    // The year cycle as a calendar
    case languageOther
    case startCalendarLink
    case startCalendarHint
    case calendarName
    case calendarDeadline

    // Names of Domain's values (Catalogue+BokmalNavn)
    case kriterium_forankring, kriterium_kollektiveProsesser, kriterium_partnerskap
    case kriteriumSporsmal_forankring, kriteriumSporsmal_kollektiveProsesser, kriteriumSporsmal_partnerskap
    case fase_vurdering, fase_planlegging, fase_gjennomforing
    case r30Formal_ablu, r30Formal_fagbrev, r30Formal_assistenter, r30Formal_veiledning, r30Formal_tilrettelegging
    case r30FormalKort_ablu, r30FormalKort_fagbrev, r30FormalKort_assistenter, r30FormalKort_veiledning, r30FormalKort_tilrettelegging
    // The Rekom 30 % round
    case r30Title, r30Lead, r30PurposesHeading, r30PurposeGrunnkompetanse, r30PurposeStudier, r30PurposeFagbrev, r30PurposeTilrettelegging
    case r30PrioritiesHeading, r30PriorityDispensasjoner, r30PriorityProgress, r30PrivacyHeading, r30Privacy, r30Period
    case r30StatusNew, r30StatusDraft, r30StatusSent, r30SentText, r30SentClosed, r30DraftText, r30DraftClosed
    case r30DispKommune, r30DispKommuneHint, r30Contact, r30ContactHint, r30ChoosePurpose, r30LineLegend, r30LinesHeading
    case r30Purpose, r30Barnehage, r30Person, r30PersonHint, r30Studium, r30StudiumHint, r30Semester, r30Semestre, r30DispBarnehage
    case r30DispBarnehageHint, r30Belop, r30RemoveLine, r30AddLine, r30ProgressOf, r30Total, r30SaveDraft, r30Send, r30SaveChanges
    case r30Saved, r30Sent, r30Conflict, r30HomeLink, r30HomeLinkText, r30NoLines
    case r30fTitle, r30fLead, r30fStatusDraft, r30fStatusForum, r30fStatusDecided, r30fClosed, r30fNotSent, r30fHeldBack, r30fAdded, r30fPool
    case r30fRequested, r30fGiven, r30fLeft, r30fAddedLabel, r30fAddedHint, r30fReasonKommune, r30fReasonBarnehage, r30fReasonSent, r30fLineName
    case r30fAmountLabel, r30fReasonLabel, r30fRankingHeading, r30fNoApplications, r30fColRank, r30fColOwner, r30fColLine, r30fColWhy
    case r30fColRequested, r30fColProposal, r30fColGiven, r30fCellsHint, r30fNewVersionLead, r30fConflict, r30fSent, r30fNewVersion
    case r30fSaved, r30fHomeLink, r30fHomeLinkText, r30fColGivenShort, r30fColReasonShort, r30fTableTitle
    case r30ForumLead, r30ForumChartDesc, r30ForumSeriesGiven, r30ForumOpenSF, r30ForumLinkName, r30fDecided, r30fDecisionLead, r30fLetters
    case r30bTitle, r30bIntro, r30bIntroRefused, r30bPartly, r30bRanOut, r30bUse, r30bReport, r30bUnused, r30bTo, r30bColNote, r30bRefusedHeading, r30bAsked, r30bHomeLink
    case bmStatus_utkast, bmStatus_tilUH, bmStatus_levert
    case inStatus_utkast, inStatus_forelopig, inStatus_vedtatt
    case malform_bokmal, malform_nynorsk, malform_noytral
    case orgType_kommune, orgType_fylkeskommune, orgType_privatEier, orgType_uh, orgType_fagskole, orgType_nasjonaltSenter, orgType_statsforvalter
    case partnerKort_uh, partnerKort_fagskole, partnerKort_nasjonaltSenter
    case malgruppe_barnehage, malgruppe_grunnskole, malgruppe_sfo, malgruppe_ppt, malgruppe_kulturskole, malgruppe_videregaende
    case rolle_eier, rolle_uh, rolle_nettverksleder, rolle_fagutvalg, rolle_statsforvalter, rolle_samarbeidsforum
    case sektor_barnehage, sektor_grunnskole, sektor_videregaende
    case nettverkstype_barnehage, nettverkstype_skole

    // Money across the years (innstilling)
    case inBoundBy, inFree, inLaterHeading, inLaterHint, inLaterExpected, inLaterBound, inLaterNew, inLaterLeft, inExpectedLabel
    case foColDecided, foColPaidIn, foRowThisRound, foRowDecided, foTableByDecision, foByDecisionHint, foColBound, foColFree
    case nwForwardOpens
    // A later deadline for one behovsmelding (R9)
    case bmExtendHeading, bmExtendLead, bmExtendDate, bmExtendDateHint, bmExtendReason, bmExtendReasonHint, bmExtend, bmExtended, bmExtendedNote
    case bmDeadlineMissed, bmAction_forlengFrist
    case adminRoundLockedDates, adminRoundSaveDates, adminRoundDatesSaved
    case inBoundHeading, inBoundLead, inBoundDecided, inBoundThisYear, inBoundLater, inBoundStop, inStop, inStopReason, inStopped
    // A multi-year tiltak's later year: the partnership's answer
    case inBoundAnswer, inAccept, inAccepted, svarNone, svarConfirmed, svarAsks, svarAccepted
    case psCommitmentsHeading, psCommitmentsLead, psColDecided, psColPromised, psColAnswer, psAnswerEier, psAnswerUH, psAnswerReason
    case psAnswerReasonHint, psAnswerSend, psAnswered
    case psAnswerClosed
    // Schemes as round data (the round form)
    case adminSchemeNew, adminSchemeNewHint, adminSchemeCode, adminSchemeCodeHint, adminSchemeName, adminSchemeShortName
    case adminSchemeSectors, adminSchemeSectorsHint, adminSchemeTargetGroups, adminSchemeNetworks, adminSchemeNetworksHint
    case adminSchemePartners, adminSchemePartnersHint, adminSchemeReport, adminSchemeRules, adminSchemesHeading, adminSchemesLead
    case adminTemplateHeading, adminTemplateLead, adminTemplate_retningslinjer2021, adminTemplate_forskrift2026, adminTemplateForrige
    case adminTemplateUse, adminTemplateChosen
    // Reports (R13)
    case rpTitle, rpLeadOwners, rpLeadPartner, rpLetterLink, rpDeadline, rpOverdue, rpReturned, rpFormLead, rpGranted, rpSideOwner, rpSidePartner
    case rpUsed, rpUsedHint, rpDone, rpParticipants, rpParticipantsHint, rpAgainstPlan, rpOutcome, rpOutcomeHint, rpDeviation, rpDeviationHint
    case rpSave, rpSend, rpSendHint, rpSaved, rpSent, rpConflict, rpNoLines, rpTotals, rpColGranted, rpColUsed, rpColUnused, rpOwners
    case rpStatus_ikkeStartet, rpStatus_utkast, rpStatus_sendt, rpStatus_returnert, rpStatus_godkjent, rpHomeLink, rpHomeText
    case rpHomeLinkMany, rhHomeLinkMany, rpHomeTextMany, rpColReport, rhColReport
    case rpfTitle, rpfLead, rpfBack, rpfNone, rpfColPartnership, rpfColReporter, rpfColStatus, rpfOverdue, rpfHomeLink, rpfHomeText
    case rpColIn, rpfOverview, rpfPerRegion, rpfAll, foReportsHint, rpColPaidBack, rpColNextSpring
    case rptHeading, rptLead, rptColGrant, rptColReports, rpfRemind, rpfReminded, rpfRemindedAt, rpfRemindSent, rpHomeReminded
    case rpuHeading, rpuLead, rpuWaiting, rpuChoice, rpuPayBack, rpuNextSpring, rpuReason, rpuSave, rpuSaved, rpuDecided
    case rpbTitle, rpbLead, rpbComment, rpbCommentHint, rpbReturn, rpbApprove, rpbReturnedFlash, rpbApprovedFlash, tbReportLink
    // Half-year reports (R13)
    case rhTitle, rhFormLead, rhUsed, rhDone, rhAgainstPlan, rhColUsed, rhSent, rhSaved, rhHomeLink, rhfTitle, rhfLead, rhfBack, rhfHomeLink
    case rhbTitle, rhfAll, rpfOther, tbHalfReportLink
    case rpfTotalChosen, rpfNoneChosen, rpfListHeading
    // The network's long-term competence plan
    case kpTitle, kpLead, kpNone, kpOlder, kpWrite, kpEdit, kpVersion, kpFirst, kpVersions, kpColVersion, kpColPublished, kpColBy, kpColChange
    case kpCurrent, kpBack, kpFormTitle, kpFormLead, kpChange, kpChangeHint, kpPublish, kpPublished, kpHomeLink, kpHomeText, kpHomeNone
    case kpHint_grunnlag, kpHint_mal, kpHint_kompetansetiltak, kpHint_arbeidsmater, kpHint_midler, kpHint_tidsrammer
    case kpMembers, kpMembersHint, kpColMember, kpColRole, kpRole_barnehagemyndighet, kpRole_offentligEier, kpRole_privatEier, kpRole_samarbeidspartner
    case kpRole_invitert, kpUninvite, kpInviteHeading, kpInviteLead, kpInviteOrganisation, kpInviteChoose, kpInviteOrganisationHint, kpInviteRole
    case kpInviteRoleHint, kpInviteButton, kpInvited, kpUninvited
    // The network's meeting plan
    case nmTitle, nmLead, nmComing, nmNoneComing, nmEarlier, nmNew, nmEdit, nmAdd, nmSave, nmCancel, nmDigital, nmPhysical, nmResponsible
    case nmForm, nmPlace, nmEditLink, nmDeleted, nmAdded, nmChanged, nmTimeHint, nmWhatHint, nmResponsibleHint, nmPlaceHint
    case nmHomeLink, nmHomeNext, nmHomeNone, nmWhen, nmWhat, nmActions, nmDeleteShort, nmMinutes, nmMinutesHint
    // The «delingssystem»
    case dsTitle, dsLead, dsQuery, dsQueryHint, dsAll, dsYear, dsSearch, dsHits, dsNone, dsSome, dsAll_count, dsOwners, dsPartners, dsHomeText
    case dsSimilar, dsSimilarNone, dsSimilarSearch, dsSimilarItem
    // A network's shared documents
    case ndTitle, ndLead, ndHeading, ndNone, ndColTitle, ndColReaders, ndColUploaded, ndColActions, ndFile, ndUploadedBy, ndReaders_alle
    case ndReaders_medlemmer, ndUpload, ndTitleLabel, ndReadersLabel, ndFileLabel, ndFileHint, ndChooseAgain, ndUploadButton, ndUploaded, ndDeleted
    case ndHomeLink, ndHomeText
    // Notifications: e-mail, the «Varsler» page, the outbox
    case vsSubject_partnerskapTilSignering, vsBody_partnerskapTilSignering, vsSubject_partnerskapPaminnelse, vsBody_partnerskapPaminnelse
    case vsSubject_behovsmeldingTilUH, vsBody_behovsmeldingTilUH, vsSubject_behovsmeldingReturnert, vsBody_behovsmeldingReturnert
    case vsSubject_behovsmeldingLevert, vsBody_behovsmeldingLevert, vsSubject_videresendtFagutvalg, vsBody_videresendtFagutvalg
    case vsSubject_innstillingTilForum, vsBody_innstillingTilForum, vsSubject_vedtak, vsBody_vedtak, vsSubject_rapportReturnert
    case vsBody_rapportReturnert, vsSubject_rapportGodkjent, vsBody_rapportGodkjent, vsSubject_rapportPaminnelse, vsBody_rapportPaminnelse
    case vsSubject_nettverksinvitasjon, vsBody_nettverksinvitasjon
    case vsSubject_rekom30TilForum, vsBody_rekom30TilForum, vsSubject_rekom30Vedtak, vsBody_rekom30Vedtak
    case vsSubject_nettverksmote, vsBody_nettverksmote, vsSubject_frist, vsFrist_utkast, vsFrist_signatur, vsFrist_nettverk, vsFrist_rapport
    case vsGreeting, vsOpen, vsFooter, vsDigestSubject, vsDigestLead, vsTitle, vsLead, vsEmailHeading, vsChoiceLegend, vsChoice_straks, vsChoiceHint_straks
    case vsChoice_daglig, vsChoiceHint_daglig, vsChoice_paminnelser, vsChoiceHint_paminnelser, vsChoice_av, vsChoiceHint_av, vsSave, vsSaved
    case vsEmailTo, vsRecent, vsNone, vsColWhen, vsColWhat, vsColMail, vsMail_venter, vsMail_sendt, vsMail_holdt, vsMail_ingen, vsCalHeading, vsCalLead, vsCalCreate, vsCalRenew
    case vsCalRenewHint, vsCalNew, vsCalHas, vsCalPublic, vsCalCreated, epTitle, epLead, epHeld, epNone, epColWhen, epColTo
    case epColSubject, epColState, epState_venter, epState_sendt, epState_holdt, epFailed, epCount, epBack, epMessageTitle
    case epHomeLink, epHomeText, navVarsler, calendarPrivateName, calendarMeeting, calendarMeetingResponsible
}
