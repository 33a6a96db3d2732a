# Speech bounds, pauses and syllable nuclei of one take, in the style of de Jong & Wempe (2009):
# intensity-based silence detection and intensity peaks that stand out by a dip and are voiced.
# Written for the Afterbeep accuracy comparison; prints one JSON object.
#   praat --run scripts/praat/syllable-nuclei.praat FILE.wav
form Syllable nuclei
  sentence file
endform

silence_db = -25
min_dip = 2
min_pause = 0.25
opening = 3

sound = Read from file: file$
duration = Get total duration
intensity = To Intensity: 50, 0, "yes"
max_db = Get maximum: 0, 0, "Parabolic"
min_db = Get minimum: 0, 0, "Parabolic"
q99 = Get quantile: 0, 0, 0.99
threshold = q99 + silence_db
if threshold < min_db
  threshold = min_db
endif
# To TextGrid (silences) takes its threshold relative to the maximum.
relative = threshold - max_db

selectObject: sound
textgrid = To TextGrid (silences): 100, 0, relative, min_pause, 0.05, "silent", "sounding"
n_intervals = Get number of intervals: 1
onset = -1
speech_end = -1
talk = 0
for i to n_intervals
  label$ = Get label of interval: 1, i
  if label$ = "sounding"
    t1 = Get start time of interval: 1, i
    t2 = Get end time of interval: 1, i
    if onset < 0
      onset = t1
    endif
    speech_end = t2
    talk = talk + t2 - t1
  endif
endfor
longest = 0
for i to n_intervals
  label$ = Get label of interval: 1, i
  if label$ = "silent"
    t1 = Get start time of interval: 1, i
    t2 = Get end time of interval: 1, i
    if t1 >= onset and t2 <= speech_end and onset >= 0 and t2 - t1 > longest
      longest = t2 - t1
    endif
  endif
endfor

# Candidate nuclei: local intensity maxima above the threshold.
selectObject: intensity
n_frames = Get number of frames
n_cand = 0
for f from 2 to n_frames - 1
  v = Get value in frame: f
  vp = Get value in frame: f - 1
  vn = Get value in frame: f + 1
  if v > vp and v >= vn and v > threshold
    n_cand = n_cand + 1
    cand_t[n_cand] = Get time from frame number: f
    cand_v[n_cand] = v
  endif
endfor

selectObject: sound
pitch = To Pitch (ac): 0.02, 30, 4, "no", 0.03, 0.25, 0.01, 0.35, 0.25, 450

syllables = 0
opening_count = 0
for p to n_cand
  # A peak counts when the dip to the next peak is at least min_dip under it.
  keep = 1
  if p < n_cand
    selectObject: intensity
    dip = Get minimum: cand_t[p], cand_t[p + 1], "None"
    if cand_v[p] - dip < min_dip
      keep = 0
    endif
  endif
  if keep
    selectObject: textgrid
    k = Get interval at time: 1, cand_t[p]
    label$ = Get label of interval: 1, k
    if label$ <> "sounding"
      keep = 0
    endif
  endif
  if keep
    selectObject: pitch
    f0 = Get value at time: cand_t[p], "Hertz", "Linear"
    if f0 = undefined
      keep = 0
    endif
  endif
  if keep
    syllables = syllables + 1
    if cand_t[p] >= onset and cand_t[p] < onset + opening
      opening_count = opening_count + 1
    endif
  endif
endfor

span = speech_end - onset
pace = 0
opening_pace = 0
if onset >= 0 and span > 0
  pace = syllables / span
  window = opening
  if span < window
    window = span
  endif
  opening_pace = opening_count / window
endif
writeInfoLine: "{""speechOnsetSec"":", fixed$(onset, 3), ",""speechEndSec"":", fixed$(speech_end, 3), ",""talkTimeSec"":", fixed$(talk, 3), ",""longestPauseSec"":", fixed$(longest, 3), ",""syllables"":", syllables, ",""paceSyllablesPerSec"":", fixed$(pace, 3), ",""openingSyllablesPerSec"":", fixed$(opening_pace, 3), "}"
