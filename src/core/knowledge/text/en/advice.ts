import type { SectionOf } from '../catalogue.ts';
import { emergencySignWords, sameDaySignWords } from './findings.ts';

export const enTopics: SectionOf<'topics'> = {
  causes: 'What causes a back spasm',
  symptoms: 'What a back spasm feels like',
  treatment: 'Easing it: the first days',
  medicines: 'Medicines',
  complementary: 'Other things people try',
  see_doctor: 'When to see a doctor',
  prevention: 'Stopping the next one',
  staying_active: 'Why staying active matters',
};

export const enAdvice: SectionOf<'advice'> = {
  cause_strain: {
    title: 'Most spasms start as a strained muscle',
    text: 'When a back muscle or ligament is overstretched or slightly torn, the area becomes inflamed and the muscle tightens hard to protect itself. That tightening is the spasm. It can hurt a great deal even though the injury itself is usually small.',
  },
  cause_triggers: {
    title: 'Typical triggers',
    text: 'Lifting something heavy, lifting while twisting, a sudden or jerky movement, or a fall are the usual moments a spasm begins. Often small strains have built up over time and the last movement is simply the one that tips it over.',
  },
  cause_overuse_posture: {
    title: 'Overuse, awkward posture and fatigue',
    text: 'Muscles that work too hard, or are held in one position for a long time while sitting, standing or sleeping, tire and strain. Heavy housework, sport and a lot of bending and reaching are common culprits.',
  },
  cause_fluids_electrolytes: {
    title: 'Too little fluid or too few electrolytes',
    text: 'Muscles are more likely to cramp when you are low on fluid, or when minerals such as potassium fall, for example after heavy sweating.',
  },
  cause_imbalance: {
    title: 'Weak, tight or unbalanced muscles',
    text: 'The back muscles work as a team with the stomach muscles to hold the spine upright. When some are tight and others weak, the spine takes uneven strain, and one ordinary movement can be enough to set off a spasm. Lack of exercise and too much of it can both play a part.',
  },
  cause_disc_joint: {
    title: 'Sometimes a disc or joint is involved',
    text: 'A worn or bulging disc, or an irritated joint in the lower spine, can press on a nerve. The muscles around it then tighten to stop movement. This is when pain may also travel down a leg.',
  },
  cause_medicines: {
    title: 'Medicines can cause spasms',
    text: 'Spasms and cramps are a known side effect of some medicines. If yours began after starting or changing one, tell the prescriber or a pharmacist.',
  },
  cause_pregnancy_menstruation: {
    title: 'Pregnancy and periods',
    text: 'Hormone changes and the growing baby make back spasms common in pregnancy. Periods can bring them on too.',
  },
  cause_common_recurring: {
    title: 'Very common, and it tends to come back',
    text: 'About eight in ten adults have a bout of low back pain at some point. Once you have had one spasm, another is likely, which is why prevention is worth the effort.',
  },
  symptom_pattern: {
    title: 'What it usually feels like',
    text: 'A sudden, sharp pain low in the back, with muscles that feel stiff and tight and make bending or turning hard. The muscles may twitch or jerk, and there can be slight swelling. The sore spot often hurts to press, and resting usually eases it.',
  },
  symptom_duration: {
    title: 'How long a spasm lasts',
    text: 'A single spasm can last from a few seconds to several hours. Most people with a new bout of back pain improve a lot within the first few weeks, but recovery often takes longer, and some pain can linger for months.',
  },
  symptom_spread: {
    title: 'Where the pain goes',
    text: "Muscle pain mostly stays in the lower back. It can spread across the back or towards the belly. Pain that shoots down a leg, especially below the knee, suggests a nerve is involved and is worth a doctor's look.",
  },
  treat_ice_first: {
    title: 'Cold for the first 48 to 72 hours',
    text: 'Put a cold pack on the sore area for 20 minutes, then take it off. Repeat about every two hours while you are awake. Many people find cold dulls the pain for a while.',
  },
  treat_ice_wrap: {
    title: 'Never put ice on bare skin',
    text: 'Always wrap the ice or cold pack in a thin towel or use a proper cover. Ice straight on the skin can burn it.',
  },
  treat_heat_after: {
    title: 'Moist heat after 72 hours',
    text: 'From the fourth day, switch to moist heat: a warm, damp towel, a heat pack wrapped in a cloth, or a soak in a warm bath. Heat can ease the pain and help tight muscles relax. Keep each session to about 20 minutes, never fall asleep on a heat pad, and never put a damp towel on an electric heat pad. In pregnancy, keep baths warm, not hot. If you are older or find it hard to get in and out of the bath, take care: use a grab rail or have someone nearby, or use a heat pack instead.',
  },
  treat_numb_skin: {
    title: 'Never cold or heat on numb skin',
    text: 'Do not put a cold pack or heat on skin that feels numb or tingly: you would not feel it getting too cold or too hot, and it can burn. New numbness between the legs is an emergency sign: call the emergency number now.',
  },
  treat_position: {
    title: 'Lie on your back with your legs raised',
    text: 'Lying on your back with your knees bent over pillows, or your lower legs resting on a chair, takes weight off the spine. It is a good position for your cold sessions too.',
  },
  treat_position_pregnancy: {
    title: 'In pregnancy, rest on your side',
    text: 'Lie on your side with your knees bent, a pillow between your knees and another under your bump, rather than flat on your back. Use this position for your cold and heat sessions too.',
  },
  treat_rest_short: {
    title: 'Rest only as much as the pain forces you to',
    text: 'Lie down only when the pain makes you, and for no more than two days in all; longer in bed slows recovery. Avoid heavy or straining work, and move gently as soon as you can: short walks around the house, then longer.',
  },
  treat_gentle_stretch: {
    title: 'Gentle stretching',
    text: 'Once the worst has passed, slow, gentle stretches can loosen the muscles. Stop any stretch that makes pain shoot down a leg.',
  },
  treat_combine: {
    title: 'Combine the treatments',
    text: 'Cold or heat, a painkiller if you need one, and gentle movement together usually work better than any one of them alone.',
  },
  treat_evidence_note: {
    title: 'What the research says about cold, heat and rest',
    text: 'Guidelines find moderate-quality evidence that heat eases acute low back pain for a short time, and little research on cold. The cold-then-heat plan here follows the advice of the sources this app is built on, and it is safe when done as described. Guidelines agree that staying in bed does not help: keep as active as the pain allows.',
  },
  med_otc: {
    title: 'Over-the-counter painkillers',
    text: 'An anti-inflammatory painkiller such as ibuprofen, from a pharmacy, can ease the pain for a short time. Ask the pharmacist which suits you, and follow the label for how much and how often. Do not use aspirin for back pain: no guideline recommends it for this.',
  },
  med_otc_caution: {
    title: 'Painkillers: ask the pharmacist first',
    text: 'At 65 or over, or after months of steroid tablets, anti-inflammatory painkillers such as ibuprofen are more likely to harm the stomach, kidneys or heart, so they are not a simple first choice for you. Before you buy any painkiller, tell the pharmacist your age and whether you take steroid tablets or blood thinners, or have had a stomach ulcer, kidney or heart problems or asthma, and let them choose with you. Do not use aspirin for back pain.',
  },
  med_otc_child: {
    title: 'Painkillers for a child or teenager',
    text: 'Ask a pharmacist which painkiller suits a child or teenager of this age, such as a children’s ibuprofen, and follow the label for how much and how often.',
  },
  med_ask_pharmacist: {
    title: 'Tell the pharmacist about your health',
    text: 'Before buying a painkiller, tell the pharmacist if you are 65 or over, take steroid tablets or blood thinners, have had a stomach ulcer, have kidney or heart problems or asthma, or are pregnant. These change which medicine is safe for you.',
  },
  med_doctor: {
    title: 'What a doctor may prescribe',
    text: 'If home treatment is not enough, a doctor will examine you and may suggest a different painkiller. Muscle relaxants come only from a doctor: the NICE guideline (NG59) does not recommend them routinely for back pain, a doctor may offer a short course at most, and they often make people drowsy. Scans and X-rays are not needed for most back pain: a doctor orders one only when the answer would change the treatment. Spinal injections are not recommended for low back pain.',
  },
  med_no_dose_here: {
    title: 'Doses come from the label and the pharmacist',
    text: 'This app never suggests how much of a medicine to take. The right amount depends on you: read the label and ask the pharmacist or your doctor.',
  },
  med_pregnancy: {
    title: 'Medicines in pregnancy',
    text: 'Anti-inflammatory painkillers such as ibuprofen are generally avoided in pregnancy, so they are not a choice to make on your own. Before taking any medicine for back pain, tell your midwife, doctor or pharmacist that you are pregnant, your age, and whether you take steroid tablets or blood thinners, or have had a stomach ulcer, kidney or heart problems or asthma. Do not use aspirin for back pain.',
  },
  med_child_aspirin: {
    title: 'No aspirin for under-16s',
    text: 'Aspirin must never be given to children and young people under 16 unless a doctor prescribes it, and it is not a painkiller for back pain at any age. Ask a pharmacist what is suitable.',
  },
  med_side_effect: {
    title: 'If a medicine may be the cause',
    text: 'Do not stop a prescribed medicine on your own. Ask the prescriber or a pharmacist whether it could be causing the spasms.',
  },
  comp_massage: {
    title: 'Massage',
    text: 'Massage improves blood flow to the muscles and many people find it eases pain and stiffness. Guidelines count it as a reasonable addition to exercise, not a treatment on its own.',
  },
  comp_acupressure_aromatherapy: {
    title: 'Acupressure and aromatherapy',
    text: 'Some people try acupressure or aromatherapy for comfort. There is little good evidence that they change recovery, and NICE does not recommend acupuncture for low back pain. If you enjoy them and they help you relax, they are unlikely to do harm.',
  },
  comp_supervised_exercise: {
    title: 'Exercises with a professional',
    text: 'A doctor or physiotherapist can show you exercises that strengthen the back and restore movement. Stronger exercise programmes are best started under their guidance.',
  },
  doctor_48h: {
    title: 'Not better after two days',
    text: 'If the pain has not started to ease after 48 hours, see a doctor or physiotherapist.',
  },
  doctor_one_week: {
    title: 'Still there after a week',
    text: 'If the pain lasts a week or more, see a doctor.',
  },
  doctor_severe_or_persisting: {
    title: 'Severe pain, or no relief from home treatment',
    text: 'If the spasms keep coming, the pain is severe, or rest, cold, heat and pharmacy painkillers bring no relief, see a doctor for an examination.',
  },
  doctor_warning_signs: {
    title: 'Signs to see a doctor the same day',
    text: `See a doctor today if any of these appears: ${sameDaySignWords.join('; ')}.`,
    list: sameDaySignWords,
  },
  safety_net: {
    title: 'Call the emergency number now if any of these appears',
    text: `Call the emergency number now, or go to an emergency department, if any of these appears: ${emergencySignWords.join('; ')}. Do not wait for a check-in or an appointment.`,
    list: emergencySignWords,
  },
  doctor_children: {
    title: 'Children with back pain',
    text: 'Back pain in a child should be checked by a doctor, who may want to follow it up over time.',
  },
  emergency_now: {
    title: 'Get emergency care now',
    text: 'Call the emergency number or go to the nearest emergency department now. Tell them you have back pain with a warning sign and which one. Do not drive yourself. The home care plan waits until a clinician has seen you.',
  },
  urgent_today: {
    title: 'See a doctor today',
    text: "Contact your doctor's practice, an urgent care service or an out-of-hours line today and say which sign you have. Until you are seen, the care plan below can ease the pain.",
  },
  urgent_comfort: {
    title: 'Until you are seen: pain relief only',
    text: 'Until a doctor has seen you, aim only to keep comfortable: rest in whatever position eases the pain, use the cold or heat sessions, and ask a pharmacist about a painkiller. Leave exercises and stretches until the doctor says they are safe, and keep the appointment.',
  },
  pregnancy_maternity: {
    title: 'In pregnancy: when to call the maternity unit',
    text: 'Call your midwife or maternity unit straight away if the back pain comes with any of these: bleeding or fluid from the vagina, tightenings or pains that come and go, your baby moving less than usual, a fever, pain when passing urine, or pain in one or both sides below the ribs. These can be signs of early labour or an infection, not the back.',
  },
  gp_soon_book: {
    title: 'Book a doctor or physiotherapist this week',
    text: 'Make an appointment within the next few days and keep following the care plan meanwhile. If an emergency sign appears (the list below), do not wait for the appointment: call the emergency number now.',
  },
  prevent_stretch: {
    title: 'Stretch every day',
    text: 'Make gentle stretching part of your daily routine. Yoga or Pilates classes are a good way to keep it up.',
  },
  prevent_aerobic: {
    title: 'Regular exercise',
    text: 'People who are active and fit are less likely to strain their back. Walking, swimming, cycling, a sport or the gym all count: choose something you enjoy, because doing it regularly matters most.',
  },
  prevent_strength_balance: {
    title: 'Strengthen the back and the stomach together',
    text: 'Strength work builds muscle and evens out imbalances. Muscles work in opposing pairs, so balance back exercises with stomach (core) exercises.',
  },
  prevent_posture: {
    title: 'Mind your posture',
    text: 'Notice how you sit, stand and sleep. Keep your back supported when sitting, and avoid staying slumped or twisted for long.',
  },
  prevent_breaks: {
    title: 'Take breaks from one position',
    text: 'Holding the back in one position for a long time tires the muscles. Get up, move and change position at least every half hour when sitting or standing for long periods.',
  },
  prevent_hydration: {
    title: 'Drink enough and replace electrolytes',
    text: 'Drink water through the day, more in heat or during exercise, and eat foods with potassium, such as bananas, potatoes and beans, so your muscles keep the fluid and minerals they need.',
  },
  prevent_lifting: {
    title: 'Lift with your knees, load close',
    text: 'Bend your knees, not your back, keep the object close to your body, and turn with your feet instead of twisting your spine. Get help with anything heavy or awkward.',
  },
  prevent_warm_up: {
    title: 'Warm up first',
    text: 'Before sport or hard physical work, warm up for a few minutes and stretch so your muscles are ready.',
  },
  prevent_after_episode: {
    title: 'Start once the pain has settled',
    text: 'Begin your prevention routine once the spasm has passed and the irritation has calmed down. It is never too late to get stronger and more flexible.',
  },
  active_weakening: {
    title: 'Muscles weaken if you stop using them',
    text: 'Because moving hurts, it is tempting to avoid it. But after about two weeks of disuse the back muscles start to weaken, support the spine less well, and the pain can get worse. Gentle, regular movement prevents that.',
  },
  active_healing: {
    title: 'Movement helps healing',
    text: 'The back has a good blood supply that carries what muscles need to heal. Staying as active as the pain allows keeps that going and speeds recovery.',
  },
};
