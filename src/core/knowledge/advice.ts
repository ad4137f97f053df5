import { emergencySignWords, findings } from './findings.ts';
import type { SourceId } from './sources.ts';

export const topics = {
  causes: 'What causes a back spasm',
  symptoms: 'What a back spasm feels like',
  treatment: 'Easing it: the first days',
  medicines: 'Medicines',
  complementary: 'Other things people try',
  see_doctor: 'When to see a doctor',
  prevention: 'Stopping the next one',
  staying_active: 'Why staying active matters',
} as const;
export type Topic = keyof typeof topics;

export interface AdviceItem {
  id: string;
  topic: Topic;
  title: string;
  text: string;
  /** Items the text lists, for a screen that shows them one per line. */
  list?: readonly string[];
  sources: readonly SourceId[];
}

/** Signs that need a doctor the same day, in plain words: the urgent findings and the fracture risk. */
const sameDaySigns: readonly string[] = [
  ...findings.flatMap((f) => (f.tier === 'urgent' ? [f.choice] : [])),
  'a fall, trip or knock at 70 or over, or a fall, knock, lift or sudden movement with thin bones (osteoporosis) or after months of steroid tablets',
];

export const advice = [
  // Causes
  {
    id: 'cause_strain',
    topic: 'causes',
    title: 'Most spasms start as a strained muscle',
    text: 'When a back muscle or ligament is overstretched or slightly torn, the area becomes inflamed and the muscle tightens hard to protect itself. That tightening is the spasm. It can hurt a great deal even though the injury itself is usually small.',
    sources: ['article:000', 'article:001', 'article:003'],
  },
  {
    id: 'cause_triggers',
    topic: 'causes',
    title: 'Typical triggers',
    text: 'Lifting something heavy, lifting while twisting, a sudden or jerky movement, or a fall are the usual moments a spasm begins. Often small strains have built up over time and the last movement is simply the one that tips it over.',
    sources: ['article:000', 'article:002', 'article:003'],
  },
  {
    id: 'cause_overuse_posture',
    topic: 'causes',
    title: 'Overuse, awkward posture and fatigue',
    text: 'Muscles that work too hard, or are held in one position for a long time while sitting, standing or sleeping, tire and strain. Heavy housework, sport and a lot of bending and reaching are common culprits.',
    sources: ['article:001', 'article:003', 'article:004'],
  },
  {
    id: 'cause_fluids_electrolytes',
    topic: 'causes',
    title: 'Too little fluid or too few electrolytes',
    text: 'Muscles are more likely to cramp when you are low on fluid, or when minerals such as potassium fall, for example after heavy sweating.',
    sources: ['article:001', 'article:002', 'article:003', 'article:004'],
  },
  {
    id: 'cause_imbalance',
    topic: 'causes',
    title: 'Weak, tight or unbalanced muscles',
    text: 'The back muscles work as a team with the stomach muscles to hold the spine upright. When some are tight and others weak, the spine takes uneven strain, and one ordinary movement can be enough to set off a spasm. Lack of exercise and too much of it can both play a part.',
    sources: ['article:000', 'article:002', 'article:004'],
  },
  {
    id: 'cause_disc_joint',
    topic: 'causes',
    title: 'Sometimes a disc or joint is involved',
    text: 'A worn or bulging disc, or an irritated joint in the lower spine, can press on a nerve. The muscles around it then tighten to stop movement. This is when pain may also travel down a leg.',
    sources: ['article:002', 'article:004'],
  },
  {
    id: 'cause_medicines',
    topic: 'causes',
    title: 'Medicines can cause spasms',
    text: 'Spasms and cramps are a known side effect of some medicines. If yours began after starting or changing one, tell the prescriber or a pharmacist.',
    sources: ['article:001', 'article:003'],
  },
  {
    id: 'cause_pregnancy_menstruation',
    topic: 'causes',
    title: 'Pregnancy and periods',
    text: 'Hormone changes and the growing baby make back spasms common in pregnancy. Periods can bring them on too.',
    sources: ['article:001', 'article:003'],
  },
  {
    id: 'cause_common_recurring',
    topic: 'causes',
    title: 'Very common, and it tends to come back',
    text: 'About eight in ten adults have a bout of low back pain at some point. Once you have had one spasm, another is likely, which is why prevention is worth the effort.',
    sources: ['article:002'],
  },
  // Symptoms
  {
    id: 'symptom_pattern',
    topic: 'symptoms',
    title: 'What it usually feels like',
    text: 'A sudden, sharp pain low in the back, with muscles that feel stiff and tight and make bending or turning hard. The muscles may twitch or jerk, and there can be slight swelling. The sore spot often hurts to press, and resting usually eases it.',
    sources: ['article:000', 'article:003', 'article:004'],
  },
  {
    id: 'symptom_duration',
    topic: 'symptoms',
    title: 'How long a spasm lasts',
    text: 'A single spasm can last from a few seconds to several hours. A bout of acute back pain usually lasts a few days, sometimes a week, and then eases. Because the back has a good blood supply, strained muscles mostly heal within days to weeks.',
    sources: ['article:000', 'article:001', 'article:003'],
  },
  {
    id: 'symptom_spread',
    topic: 'symptoms',
    title: 'Where the pain goes',
    text: "Muscle pain mostly stays in the lower back. It can spread across the back or towards the belly. Pain that shoots down a leg, especially below the knee, suggests a nerve is involved and is worth a doctor's look.",
    sources: ['article:000', 'article:003', 'article:004'],
  },
  // Treatment regime
  {
    id: 'treat_ice_first',
    topic: 'treatment',
    title: 'Cold for the first 48 to 72 hours',
    text: 'Put a cold pack on the sore area for 20 minutes, then take it off. Repeat about every two hours while you are awake. Cold calms the inflammation and swelling.',
    sources: ['article:002', 'article:003', 'article:001'],
  },
  {
    id: 'treat_ice_wrap',
    topic: 'treatment',
    title: 'Never put ice on bare skin',
    text: 'Always wrap the ice or cold pack in a thin towel or use a proper cover. Ice straight on the skin can burn it.',
    sources: ['article:002'],
  },
  {
    id: 'treat_heat_after',
    topic: 'treatment',
    title: 'Moist heat after 72 hours',
    text: 'From the fourth day, switch to moist heat: a heating pad, a warm damp towel, or a soak in a warm bath. Heat brings blood to the area and helps tight muscles and irritated nerves relax. Keep each session to about 20 minutes and never fall asleep on a heating pad.',
    sources: ['article:002', 'article:003', 'article:004'],
  },
  {
    id: 'treat_numb_skin',
    topic: 'treatment',
    title: 'Never cold or heat on numb skin',
    text: 'Do not put a cold pack or heat on skin that feels numb or tingly: you would not feel it getting too cold or too hot, and it can burn. New numbness between the legs is an emergency sign: call the emergency number now.',
    sources: ['article:002', 'bass:cauda-equina'],
  },
  {
    id: 'treat_position',
    topic: 'treatment',
    title: 'Lie on your back with your legs raised',
    text: 'Lying on your back with your knees bent over pillows, or your lower legs resting on a chair, takes weight off the spine. It is a good position for your cold sessions too.',
    sources: ['article:002'],
  },
  {
    id: 'treat_position_pregnancy',
    topic: 'treatment',
    title: 'In pregnancy, rest on your side',
    text: 'Lie on your side with your knees bent, a pillow between your knees and another under your bump, rather than flat on your back. Use this position for your cold and heat sessions too.',
    sources: ['nhs:pregnancy-back-pain', 'article:001'],
  },
  {
    id: 'treat_rest_short',
    topic: 'treatment',
    title: 'Rest briefly, then move',
    text: 'If the pain is severe, rest for a day or two at most and avoid heavy or straining work. After that, start moving gently: short walks around the house, then longer. Longer bed rest slows recovery.',
    sources: ['article:000', 'article:001', 'article:004', 'nice:ng59'],
  },
  {
    id: 'treat_gentle_stretch',
    topic: 'treatment',
    title: 'Gentle stretching',
    text: 'Once the worst has passed, slow, gentle stretches can loosen the muscles. Stop any stretch that makes pain shoot down a leg.',
    sources: ['article:003', 'article:004'],
  },
  {
    id: 'treat_combine',
    topic: 'treatment',
    title: 'Combine the treatments',
    text: 'Rest, cold or heat, and medicine together usually work better than any one of them alone.',
    sources: ['article:002', 'article:000'],
  },
  {
    id: 'treat_evidence_note',
    topic: 'treatment',
    title: 'What the research says about cold, heat and rest',
    text: 'Guidelines find good evidence that heat helps acute low back pain, but little research on cold. The cold-then-heat plan here follows the advice of the sources this app is built on, and it is safe when done as described. Guidelines agree that staying in bed does not help: keep as active as the pain allows.',
    sources: ['acp:2017', 'nice:ng59', 'article:002'],
  },
  // Medicines
  {
    id: 'med_otc',
    topic: 'medicines',
    title: 'Over-the-counter painkillers',
    text: 'Anti-inflammatory painkillers such as ibuprofen or aspirin, from a pharmacy, can ease pain and inflammation for a short time. Ask the pharmacist which suits you, and follow the label for how much and how often.',
    sources: ['article:002', 'article:003', 'article:004', 'nice:ng59'],
  },
  {
    id: 'med_otc_child',
    topic: 'medicines',
    title: 'Painkillers for a child or teenager',
    text: 'Ask a pharmacist which painkiller suits a child or teenager of this age, such as a children’s ibuprofen, and follow the label for how much and how often.',
    sources: ['article:002', 'mhra:aspirin-children'],
  },
  {
    id: 'med_ask_pharmacist',
    topic: 'medicines',
    title: 'Tell the pharmacist about your health',
    text: 'Before buying a painkiller, tell the pharmacist if you have had a stomach ulcer, have kidney or heart disease, take blood thinners, have asthma, or are pregnant. These change which medicine is safe for you.',
    sources: ['nice:ng59'],
  },
  {
    id: 'med_doctor',
    topic: 'medicines',
    title: 'What a doctor may prescribe',
    text: 'If home treatment is not enough, a doctor will examine you and may prescribe a different painkiller or a muscle relaxant for a short time. Scans and X-rays are not needed for most back pain: a doctor orders one only when the answer would change the treatment. Spinal injections are not recommended for low back pain.',
    sources: ['article:001', 'article:003', 'nice:ng59'],
  },
  {
    id: 'med_no_dose_here',
    topic: 'medicines',
    title: 'Doses come from the label and the pharmacist',
    text: 'This app never suggests how much of a medicine to take. The right amount depends on you: read the label and ask the pharmacist or your doctor.',
    sources: ['article:002'],
  },
  {
    id: 'med_pregnancy',
    topic: 'medicines',
    title: 'Medicines in pregnancy',
    text: 'Anti-inflammatory painkillers such as ibuprofen are generally avoided in pregnancy. Ask your midwife, doctor or pharmacist before taking any medicine for back pain.',
    sources: ['nice:ng59', 'article:003'],
  },
  {
    id: 'med_child_aspirin',
    topic: 'medicines',
    title: 'No aspirin for under-16s',
    text: 'Aspirin must not be given to children and young people under 16 unless a doctor prescribes it. Ask a pharmacist what is suitable.',
    sources: ['mhra:aspirin-children'],
  },
  {
    id: 'med_side_effect',
    topic: 'medicines',
    title: 'If a medicine may be the cause',
    text: 'Do not stop a prescribed medicine on your own. Ask the prescriber or a pharmacist whether it could be causing the spasms.',
    sources: ['article:001', 'article:003'],
  },
  // Complementary
  {
    id: 'comp_massage',
    topic: 'complementary',
    title: 'Massage',
    text: 'Massage improves blood flow to the muscles and many people find it eases pain and stiffness. Guidelines count it as a reasonable addition to exercise, not a treatment on its own.',
    sources: ['article:001', 'article:003', 'nice:ng59'],
  },
  {
    id: 'comp_acupressure_aromatherapy',
    topic: 'complementary',
    title: 'Acupressure and aromatherapy',
    text: 'Some people try acupressure or aromatherapy for comfort. There is little good evidence that they change recovery, and NICE does not recommend acupuncture for low back pain. If you enjoy them and they help you relax, they are unlikely to do harm.',
    sources: ['article:003', 'nice:ng59'],
  },
  {
    id: 'comp_supervised_exercise',
    topic: 'complementary',
    title: 'Exercises with a professional',
    text: 'A doctor or physiotherapist can show you exercises that strengthen the back and restore movement. Stronger exercise programmes are best started under their guidance.',
    sources: ['article:003', 'nice:ng59'],
  },
  // When to see a doctor
  {
    id: 'doctor_48h',
    topic: 'see_doctor',
    title: 'Not better after two days',
    text: 'If the pain has not started to ease after 48 hours, see a doctor or physiotherapist.',
    sources: ['article:001'],
  },
  {
    id: 'doctor_one_week',
    topic: 'see_doctor',
    title: 'Still there after a week',
    text: 'If the pain lasts a week or more, see a doctor.',
    sources: ['article:001', 'article:003'],
  },
  {
    id: 'doctor_severe_or_persisting',
    topic: 'see_doctor',
    title: 'Severe pain, or no relief from home treatment',
    text: 'If the spasms keep coming, the pain is severe, or rest, cold, heat and pharmacy painkillers bring no relief, see a doctor for an examination.',
    sources: ['article:003', 'article:004'],
  },
  {
    id: 'doctor_warning_signs',
    topic: 'see_doctor',
    title: 'Signs to see a doctor the same day',
    text: `See a doctor today if any of these appears: ${sameDaySigns.join('; ')}.`,
    list: sameDaySigns,
    sources: ['nice:ng59'],
  },
  {
    id: 'safety_net',
    topic: 'see_doctor',
    title: 'Call the emergency number now if any of these appears',
    text: `Call the emergency number now, or go to an emergency department, if any of these appears: ${emergencySignWords.join('; ')}. Do not wait for a check-in or an appointment.`,
    list: emergencySignWords,
    sources: ['bass:cauda-equina', 'nice:ng59'],
  },
  {
    id: 'doctor_children',
    topic: 'see_doctor',
    title: 'Children with back pain',
    text: 'Back pain in a child should be checked by a doctor, who may want to follow it up over time.',
    sources: ['article:001', 'nice:ng59'],
  },
  {
    id: 'emergency_now',
    topic: 'see_doctor',
    title: 'Get emergency care now',
    text: 'Call the emergency number or go to the nearest emergency department now. Tell them you have back pain with a warning sign and which one. Do not drive yourself. The home care plan waits until a clinician has seen you.',
    sources: ['bass:cauda-equina', 'nice:ng59'],
  },
  {
    id: 'urgent_today',
    topic: 'see_doctor',
    title: 'See a doctor today',
    text: "Contact your doctor's practice, an urgent care service or an out-of-hours line today and say which sign you have. Until you are seen, the care plan below can ease the pain.",
    sources: ['nice:ng59'],
  },
  {
    id: 'urgent_comfort',
    topic: 'see_doctor',
    title: 'Until you are seen: pain relief only',
    text: 'Until a doctor has seen you, aim only to keep comfortable: rest in whatever position eases the pain, use the cold or heat sessions, and ask a pharmacist about a painkiller. Leave exercises and stretches until the doctor says they are safe, and keep the appointment.',
    sources: ['nice:ng59'],
  },
  {
    id: 'pregnancy_maternity',
    topic: 'see_doctor',
    title: 'In pregnancy: when to call the maternity unit',
    text: 'Call your midwife or maternity unit straight away if the back pain comes with bleeding or fluid from the vagina, tightenings or pains that come and go, your baby moving less than usual, a fever, pain when passing urine, or pain in one or both sides below the ribs. These can be signs of early labour or an infection, not the back.',
    sources: ['nhs:pregnancy-back-pain'],
  },
  {
    id: 'gp_soon_book',
    topic: 'see_doctor',
    title: 'Book a doctor or physiotherapist this week',
    text: 'Make an appointment within the next few days and keep following the care plan meanwhile. If an emergency sign appears (the list below), do not wait for the appointment: call the emergency number now.',
    sources: ['article:001', 'nice:ng59'],
  },
  // Prevention
  {
    id: 'prevent_stretch',
    topic: 'prevention',
    title: 'Stretch every day',
    text: 'Make gentle stretching part of your daily routine. Yoga or Pilates classes are a good way to keep it up.',
    sources: ['article:002', 'article:004', 'article:000'],
  },
  {
    id: 'prevent_aerobic',
    topic: 'prevention',
    title: 'Regular exercise',
    text: 'People who are active and fit are less likely to strain their back. Walking, swimming, cycling, a sport or the gym all count: choose something you enjoy, because doing it regularly matters most.',
    sources: ['article:000', 'article:002'],
  },
  {
    id: 'prevent_strength_balance',
    topic: 'prevention',
    title: 'Strengthen the back and the stomach together',
    text: 'Strength work builds muscle and evens out imbalances. Muscles work in opposing pairs, so balance back exercises with stomach (core) exercises.',
    sources: ['article:002', 'article:004', 'article:001'],
  },
  {
    id: 'prevent_posture',
    topic: 'prevention',
    title: 'Mind your posture',
    text: 'Notice how you sit, stand and sleep. Keep your back supported when sitting, and avoid staying slumped or twisted for long.',
    sources: ['article:003', 'article:004'],
  },
  {
    id: 'prevent_breaks',
    topic: 'prevention',
    title: 'Take breaks from one position',
    text: 'Holding the back in one position for a long time tires the muscles. Get up, move and change position at least every half hour when sitting or standing for long periods.',
    sources: ['article:001', 'article:004'],
  },
  {
    id: 'prevent_hydration',
    topic: 'prevention',
    title: 'Drink enough and replace electrolytes',
    text: 'Drink water through the day, more in heat or during exercise, and eat foods with potassium, such as bananas, potatoes and beans, so your muscles keep the fluid and minerals they need.',
    sources: ['article:004', 'article:003', 'article:001'],
  },
  {
    id: 'prevent_lifting',
    topic: 'prevention',
    title: 'Lift with your knees, load close',
    text: 'Bend your knees, not your back, keep the object close to your body, and turn with your feet instead of twisting your spine. Get help with anything heavy or awkward.',
    sources: ['article:004', 'article:000'],
  },
  {
    id: 'prevent_warm_up',
    topic: 'prevention',
    title: 'Warm up first',
    text: 'Before sport or hard physical work, warm up for a few minutes and stretch so your muscles are ready.',
    sources: ['article:004', 'article:002'],
  },
  {
    id: 'prevent_after_episode',
    topic: 'prevention',
    title: 'Start once the pain has settled',
    text: 'Begin your prevention routine once the spasm has passed and the irritation has calmed down. It is never too late to get stronger and more flexible.',
    sources: ['article:002'],
  },
  // Staying active
  {
    id: 'active_weakening',
    topic: 'staying_active',
    title: 'Muscles weaken if you stop using them',
    text: 'Because moving hurts, it is tempting to avoid it. But after about two weeks of disuse the back muscles start to weaken, support the spine less well, and the pain can get worse. Gentle, regular movement prevents that.',
    sources: ['article:000'],
  },
  {
    id: 'active_healing',
    topic: 'staying_active',
    title: 'Movement helps healing',
    text: 'The back has a good blood supply that carries what muscles need to heal. Staying as active as the pain allows keeps that going and speeds recovery.',
    sources: ['article:000', 'nice:ng59'],
  },
] as const satisfies readonly AdviceItem[];

export type AdviceId = (typeof advice)[number]['id'];

const byId = new Map<string, AdviceItem>(advice.map((a) => [a.id, a]));

export function adviceById(id: AdviceId): AdviceItem {
  const item = byId.get(id);
  if (!item) throw new Error(`unknown advice: ${id}`);
  return item;
}
