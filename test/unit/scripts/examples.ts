import type { CheckId } from '../../../src/lib/scripts/checklist';

/** A voicemail script with the verdict a sales coach would give for each text check. */
export interface Example {
  name: string;
  text: string;
  expect: Record<Exclude<CheckId, 'readTime'>, boolean>;
}

const all = (overrides: Partial<Example['expect']> = {}): Example['expect'] => ({
  callback: true,
  repeated: true,
  context: true,
  hook: true,
  nextStep: true,
  opener: true,
  noPitch: true,
  ...overrides,
});

/**
 * Written before the heuristics (the "tuning" table). The held-out table below was written after
 * the heuristics were frozen and is reported separately.
 */
export const EXAMPLES: Example[] = [
  {
    name: 'referral, question opener, number twice',
    text: "Dana, quick question about your freight invoices. Priya Shah suggested I call. I'm Sam at Routewise, 555-0134. We cut freight billing errors by 18 percent for her team last quarter. Call me back at 555-0134, or I'll try you Thursday morning.",
    expect: all(),
  },
  {
    name: 'classic bad opener, pitch, no hook',
    text: 'Hi, this is Bob Smith from Acme Software. We are a leading provider of cloud solutions and our platform includes invoicing, payroll, scheduling and reporting. Our plans start at $49 per user per month. Give me a call at 555-867-5309.',
    expect: all({ repeated: true, context: false, hook: false, opener: false, noPitch: false }),
  },
  {
    name: 'the winging-it message',
    text: "This is Bob Smith. I was hoping to talk with you. I'll call back another time.",
    expect: all({
      callback: false,
      repeated: false,
      context: false,
      hook: false,
      nextStep: false,
      opener: false,
    }),
  },
  {
    name: 'phone number as words, said twice',
    text: "Maria, we met at the Denver logistics expo last week, you asked about late deliveries. It's Jordan, five five five, one two one two. I have two ideas that shaved a day off delivery for a fleet your size. Again, Jordan, five five five, one two one two.",
    expect: all({ nextStep: false }),
  },
  {
    name: 'number once, in the middle',
    text: "Hi Tom, it's Alex from Brightdesk. I saw your post about hiring three support reps. You can reach me at 555 201 7788. We helped Lumen cut ticket backlog in half without hiring. Talk soon.",
    expect: all({ repeated: false, opener: false }),
  },
  {
    name: 'number at the very end',
    text: 'Karen, congratulations on the new clinic in Fairview. Most practices we work with fill empty evening slots within a month. Worth a short call? This is Lee Chen, and I am on 555-0199.',
    expect: all(),
  },
  {
    name: 'no number at all',
    text: "Hey Chris, Jamie here. Noticed you're expanding into Ohio. We got Rivet's new stores to break even two months sooner. I'll send you a short email this afternoon.",
    expect: all({ callback: false, repeated: false, opener: false }),
  },
  {
    name: 'first name and number only',
    text: "It's Pat. 555-0150. Again, 555-0150.",
    expect: all({ context: false, hook: false, nextStep: false, opener: false }),
  },
  {
    name: 'long explanation',
    text: "Sandra, I'm calling because we have been working with a lot of regional credit unions over the last few years on the way they handle member onboarding and what we found is that most of them lose a surprising number of applicants in the first week because the forms are too long and nobody follows up in time. Call me at 555-0177, that's 555-0177. This is Rob.",
    expect: all({ context: false, hook: true, noPitch: false }),
  },
  {
    name: 'price pitch',
    text: "Mark, this month only we're offering our premium plan at 30 percent off, just $99 a month, and it comes with onboarding and support. It's Nina at Stackly, 555-0123. Call me back at 555-0123.",
    expect: all({ context: false, noPitch: false }),
  },
  {
    name: 'question opener, email next step',
    text: "Are you still reconciling card payments by hand, Joe? Your controller Anita mentioned it when we spoke at the CFO breakfast. We got that down to ten minutes a day for Harlow Foods. I'll email you the two-page summary today; I'm Ravi, 555-0166, that's 555-0166.",
    expect: all(),
  },
  {
    name: 'value opener, no context',
    text: "Forty hours a month back for your dispatch team, that's what Keller Transport got. I'm Ellen at Fleetbase. Call me back on 555-0181, again 555-0181.",
    expect: all({ context: false }),
  },
  {
    name: 'vague call back request',
    text: 'Hi, this is Greg with Summit Insurance. Please call me back to discuss. My number is 555-0102.',
    expect: all({ context: false, hook: false, opener: false }),
  },
  {
    name: 'placeholders in a template',
    text: "[Prospect], [referrer] asked me to reach out about your renewals. I'm [your name]. Teams like yours usually recover 6 percent of churned revenue in a quarter. Call me at [phone], that's [phone].",
    expect: all(),
  },
  {
    name: 'placeholder self intro opener',
    text: "Hi, this is [your name] from [company]. I'd like to tell you about our services. Call me at [phone].",
    expect: all({ context: false, hook: false, opener: false }),
  },
  {
    name: 'curiosity, cut short style',
    text: 'Hi Dave, Steph here, 555-0144. Your name came up today in a conversation with Hugh about your warehouse and he said you might be',
    expect: all({ repeated: false, nextStep: false, opener: false }),
  },
  {
    name: 'tickets offer',
    text: "Sue, I have two extra tickets to the Knights game Friday and thought of you after our chat at the chamber mixer. Call me if you can't go so I can pass them on: it's Jim, 555-0133, 555-0133.",
    expect: all({ hook: true }),
  },
  {
    name: 'feature list without price',
    text: "Hello Rachel, I'm calling from Datawise. Our software integrates with Salesforce, HubSpot, Zendesk and Slack, and it also includes dashboards, alerts and forecasting. Give me a ring at 555-0190.",
    expect: all({ callback: false, context: false, hook: false, opener: false, noPitch: false }),
  },
  {
    name: 'good follow-up after a download',
    text: 'Hannah, you downloaded our guide to route planning on Tuesday. One idea in it saves most bakeries an hour a day. I am Omar, 555-0112. I will call again Monday at ten, or call me first at 555-0112.',
    expect: all(),
  },
  {
    name: 'good morning self intro',
    text: "Good morning, my name is Lisa Park and I'm with Evergreen Payroll. I noticed you just opened a second location. We help restaurants cut payroll time by half. Please call me at 555-0155. Again, 555-0155.",
    expect: all({ opener: false }),
  },
  {
    name: 'no next step, no number',
    text: 'Mike, saw your talk at SaaStr on pricing pages. We helped two of the companies you mentioned lift trial sign-ups by 20 percent.',
    expect: all({ callback: false, repeated: false, nextStep: false }),
  },
  {
    name: 'ten digit number in words with double',
    text: "Olivia, your colleague Ben recommended I get in touch about your trade show leads. What if every badge scan turned into a booked demo within a day? It's Chris Moore, area code four one five, five five five, double two three four. I'll follow up by email tomorrow.",
    expect: all({ repeated: false }),
  },
  {
    name: 'hi name this is from',
    text: 'Hi Jennifer, this is Mark Davis from Cloudline Systems. I wanted to touch base and see if you have any needs. Call me at 555-0188 when you get a chance, 555-0188.',
    expect: all({ context: false, hook: false, opener: false }),
  },
  {
    name: 'question hook, number twice',
    text: 'Paul, how much did last winter’s outages cost your cold storage? After the Fresno food safety summit you asked me for the numbers, and I have them. Sofia Reyes, 555-0127. I’ll try you again Wednesday; 555-0127.',
    expect: all(),
  },
  {
    name: 'cheerful but empty',
    text: "Hey there! Hope you're having an awesome day. Just checking in to see how things are going. Talk soon!",
    expect: all({ callback: false, repeated: false, context: false, hook: false, nextStep: false }),
  },
  {
    name: 'amount is not a phone number',
    text: "Ken, your CFO Maya said you lost $1,200,000 to chargebacks last year. We recovered 40 percent of that for Dunmore Retail. It's Ana, 555-0108. I'll call you Friday at 9; 555-0108.",
    expect: all(),
  },
  {
    name: 'number at end as words, no repeat',
    text: "Rosa, Daniel at Pinecrest told me your team is switching phone systems this spring. We moved Pinecrest in one weekend with no missed calls. Call me back, it's Ian, five five five, zero one seven one.",
    expect: all(),
  },
  {
    name: 'company first, long pitch sentence',
    text: 'Hi, Acme Analytics here, we are the number one rated platform for enterprise analytics with more than forty integrations, real-time dashboards, predictive models, custom reports and a dedicated success manager for every account. Call 555-0160.',
    expect: all({
      callback: false,
      repeated: true,
      context: false,
      hook: false,
      opener: false,
      noPitch: false,
    }),
  },
  {
    name: 'event context, voicemail to email',
    text: "Grace, it was good meeting you at the Women in Logistics dinner. You said quoting takes your team two days; we get most shippers under two hours. I'll send a short note to your inbox, and you can reach me, Tara, at 555-0174, that's 555-0174.",
    expect: all(),
  },
  {
    name: 'I am calling from',
    text: "Hello, I'm calling from Northwind Telecom regarding your business phone lines. Please return my call at 555-0139. Thank you.",
    expect: all({ callback: false, context: false, hook: false, opener: false, repeated: true }),
  },
];

/** Written after the heuristics were frozen; never used to tune them. */
export const HELD_OUT: Example[] = [
  {
    name: 'held: referral from a customer, number twice',
    text: "Beth, Carlos at Miller Plumbing said you're losing weekend calls to voicemail. We answer those for 40 shops in your region, and they book about 12 more jobs a month. This is Wes, 555-0147. Call me back at 555-0147.",
    expect: all(),
  },
  {
    name: 'held: hi this is from, email follow-up',
    text: "Hi, this is Karen Lowe from Apex Staffing. I'm reaching out to introduce our staffing services. I'll send you an email with more information. My number is 555-0119.",
    expect: all({ context: false, hook: false, opener: false }),
  },
  {
    name: 'held: question opener, no name',
    text: "Is your team still spending Fridays chasing timesheets? We got Harbor Health's managers their Fridays back. Call 555-0163 and ask for me.",
    expect: all({ callback: false, context: false }),
  },
  {
    name: 'held: word number with oh, twice',
    text: "Nate, great to meet you at the Austin builders show. You asked how Colby Homes cut change orders by a third. It's Rae, five five five, oh one two nine. I'll call Tuesday, or try me at five five five, oh one two nine.",
    expect: all(),
  },
  {
    name: 'held: pitch with price per seat',
    text: 'Good afternoon, Jim Porter with Tallyhub calling. Tallyhub includes expense tracking, mileage logs and receipts scanning for just $8 per seat. Call me at 555-0145.',
    expect: all({ context: false, hook: false, opener: false, noPitch: false }),
  },
  {
    name: 'held: just a name and a maybe',
    text: "Hey, it's Tony. Give me a shout when you can.",
    expect: all({ callback: false, repeated: false, context: false, hook: false, opener: false }),
  },
  {
    name: 'held: value opener, event context, email next step',
    text: 'Three extra hours a week for every nurse on your floor: that was the result at St. Agnes. Dr. Patel mentioned your unit is short-staffed. I am Jo Kim; I will email you the one-page case study tonight, and my number is 555-0138.',
    expect: all(),
  },
  {
    name: 'held: rambling single sentence',
    text: 'Hello Frank, I just wanted to reach out and see if maybe there might be a chance for us to get together sometime soon to talk about what you are doing with your marketing and whether or not there is anything we could do to help you with that going forward. Thanks, Dave, 555-0171.',
    expect: all({ context: false, hook: false, noPitch: false }),
  },
  {
    name: 'held: curly quotes and em dashes',
    text: 'Lena — your note on LinkedIn about late supplier payments caught my eye. We’ve helped two distributors your size cut late fees to zero. It’s Marco at Paylane, 555-0185; I’ll try you Thursday at 3, and again, 555-0185.',
    expect: all(),
  },
  {
    name: 'held: ten digits with parentheses',
    text: "Ms. Grant, your neighbor Sally Jensen asked me to call about your roof after last week's hail. Most claims like yours are approved in 10 days. I'm Luis, (555) 201-0142. Please call me back today.",
    expect: all({ repeated: false }),
  },
  {
    name: 'held: we are a leading company',
    text: 'Hi Amanda, we are a leading company in HR software with over 500 clients, and our platform offers onboarding, payroll, benefits and compliance in one place. This is Steve, please call me at 555-0193.',
    expect: all({ context: false, hook: false, noPitch: false }),
  },
  {
    name: 'held: short check-in after a meeting',
    text: "Priya, it's Ben from Corva. Thanks for the time at the expo. I'll call you Monday at 11 with the pricing you asked for.",
    expect: all({ callback: false, repeated: false, hook: false, opener: false }),
  },
];
