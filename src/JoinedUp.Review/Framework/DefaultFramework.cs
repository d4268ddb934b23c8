namespace JoinedUp.Review.Framework;

/// <summary>
/// The first version of the framework, written for JoinedUp from the seeds: the seven areas of commissioning that
/// NDTi's review for children and young people who challenge is built on (seed 002), what makes leadership, a shared
/// vision and joint working real (seed 003), and the elements of a good model of care from the Lenehan reviews that
/// seed 000 asks a shared vision to build on. Administrators change it through new versions.
/// </summary>
public static class DefaultFramework
{
    public static FrameworkDefinition Definition { get; } = new(
    [
        new(1, "Not in place", "Little or nothing exists yet, or it exists on paper only; partners could not point to it making a difference to children or families."),
        new(2, "Emerging", "Work has started and some partners can show it, but it is patchy, depends on individuals or has not yet reached children and families."),
        new(3, "Established", "It is agreed across education, health and social care, working in most of the area, and partners can show evidence that it makes a difference."),
        new(4, "Embedded and improving", "It is how the whole area works: co-produced with families, checked against outcomes and improved as a result, and would survive a change of staff."),
    ],
    [
        new(1, "A clear vision and set of values", "Partners and families share one picture of a good life for children who challenge, close to home.",
        [
            new("1.1", "Education, health, social care and parent carers have agreed a written vision for children with autism, a learning disability and/or SEMH needs whose behaviour challenges, centred on ordinary lives at home, in school and in the community.",
                "The vision document, who signed it and when; minutes showing parent carers and young people shaped it; where it sits in the area's SEND and children's plans."),
            new("1.2", "The vision describes the support the area means to offer across a whole life: early identification without waiting for a diagnosis, support after diagnosis, help for the whole family, short breaks, and a response in crisis that keeps children at home.",
                "A map of the local offer against the vision; the Local Offer pages; examples of support given on need rather than on diagnosis."),
            new("1.3", "Staff on the front line can say what the vision means for their own work, and families recognise it in what they are offered.",
                "Staff survey or interview notes; parent carer forum feedback; case examples."),
        ]),
        new(2, "Strong, knowledgeable and empowered leadership", "Senior leaders own joint working and remove the barriers that front-line staff otherwise work around.",
        [
            new("2.1", "A named senior leader in each of education, health and social care is accountable for this group of children, and they meet regularly with the authority to make joint decisions.",
                "Terms of reference and membership of the joint board; decisions it has taken; links to the Health and Wellbeing Board."),
            new("2.2", "Leaders have agreed formal arrangements for joint working (for example a Section 75 agreement, jointly commissioned roles such as the Designated Clinical Officer, a multi-agency panel) so that packages of care are not argued child by child.",
                "Signed agreements; the panel's terms of reference and decisions; the time taken to agree packages."),
            new("2.3", "Leaders use data on the cohort (needs, placements, costs and outcomes) to set priorities and check progress.",
                "Board papers using the Joint Strategic Needs Assessment and the Dynamic Support Register; the data JoinedUp captures for this review."),
        ]),
        new(3, "Strong relationships and a no-blame culture", "Partners trust each other and families, share risk and learn from what goes wrong.",
        [
            new("3.1", "Families are treated as partners: they do not have to repeat their story, they are not judged for asking for help, and social care involvement is not feared as a safeguarding step.",
                "Parent carer forum feedback; complaints and compliments; how many agencies a family tells its story to."),
            new("3.2", "When a placement breaks down or a child is admitted, partners review together what happened without blame and change what they do.",
                "Notes of joint reviews after crises; Care, Education and Treatment Review (CETR) learning; changes made as a result."),
            new("3.3", "Parent carers and young people take part in decisions at the strategic level through an agreed route into planning, not only through consultation.",
                "Parent carer representation on boards; Young Commissioners or similar groups; what changed because of them."),
        ]),
        new(4, "An evidence-based service model", "The services offered match what is known to work for these children.",
        [
            new("4.1", "There is an early warning system: a Dynamic Support Register held jointly, with a key worker or named clinician for children at risk of crisis.",
                "The register's terms, who can refer, how often it is reviewed; the share of the cohort on it."),
            new("4.2", "Positive Behaviour Support or a similar non-aversive approach is used consistently at home, school and short breaks, and schools treat behaviour as communication.",
                "Training records across settings; exclusion and missing-education figures; examples of reasonable adjustments."),
            new("4.3", "Education, Health and Care plans bring the whole child together, on time, with health and social care contributions and a focus on preparing for adulthood.",
                "EHC plan timeliness from SEN2; audits of plan quality; health and social care advice in plans."),
            new("4.4", "An intensive support service responds in crisis so that children can stay in their community, and inpatient or residential care is used only when it adds something.",
                "The crisis offer and its hours; admissions and out-of-area placements over time."),
        ]),
        new(5, "Skilled providers and support staff", "The workforce around the child has the skills to support behaviour that challenges.",
        [
            new("5.1", "Staff in universal and specialist services (schools, social work, CAMHS, short breaks, foster carers) are trained in autism, learning disability and behaviour that challenges.",
                "A workforce plan and training figures by sector; feedback from families on staff understanding."),
            new("5.2", "Providers are supported to keep children with complex needs, with specialist advice and supervision available when things get hard.",
                "Outreach or multidisciplinary support to schools and carers; placement stability."),
            new("5.3", "The local market has enough good local provision, so that children are not placed far from home for lack of choice.",
                "The sufficiency assessment; out-of-area placements; spot-purchase share."),
        ]),
        new(6, "Evidence-based commissioning", "Commissioning starts from the needs and outcomes of the children and is checked against them.",
        [
            new("6.1", "Commissioners know the cohort: how many children, their needs, where they live and are placed, and what they cost, across the three agencies.",
                "The Joint Strategic Needs Assessment; the cohort and cost figures in JoinedUp; a shared list of the children."),
            new("6.2", "Services are commissioned for outcomes that matter to children and families, agreed with them, and providers are held to those outcomes.",
                "Service specifications and contracts; outcome measures reported; examples such as a CQUIN built on families' views."),
            new("6.3", "Commissioning for children links to adult services and to the local Transforming Care plan, so that transition is planned from the early teens.",
                "Transition protocols; a group that identifies young people from Year 8 or 9; joint plans with adult services."),
        ]),
        new(7, "Other commissioning actions", "Money and contracts are arranged so that early help is rewarded rather than crisis.",
        [
            new("7.1", "Partners invest up front in early intervention and community capacity rather than paying for crisis placements later.",
                "Budgets over time by stage of need; early help and short breaks spending; invest-to-save cases."),
            new("7.2", "Budgets are pooled or aligned and financial risk is shared between commissioners for the children who cost most.",
                "Pooled budget or Section 75 agreements; joint funding panel decisions; how costs are split by agency."),
            new("7.3", "Contracts are flexible (for example alliance, framework or block arrangements and personal budgets) so that support can follow the child's needs.",
                "Contract types in use; personal budgets and personal health budgets for this group; the share of placements bought one at a time."),
        ]),
    ]);
}
