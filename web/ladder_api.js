// window.ladder, the page's JavaScript API (docs/FORMATS.md), built on the C functions in
// api.cpp. Appended to ladder.js with --post-js, so it runs inside the module and can call
// the exports directly. The shell creates window.ladder with a `ready` promise first and
// fills in these methods when the first frame has been drawn (Module.onLadderReady).
Module['ladderApi'] = (function () {
  function withString(text, fn) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    try {
      return fn(ptr);
    } finally {
      _free(ptr);
    }
  }
  function json(ptr) {
    return JSON.parse(UTF8ToString(ptr));
  }
  return {
    results: function () {
      return json(_ladder_api_results());
    },
    getAssessment: function () {
      return json(_ladder_api_get_assessment());
    },
    loadAssessment: function (objOrString) {
      var text = typeof objOrString === 'string' ? objOrString : JSON.stringify(objOrString);
      if (typeof text !== 'string') return { ok: false, error: 'expected an assessment object or JSON text' };
      return withString(text, function (ptr) {
        return json(_ladder_api_load_assessment(ptr));
      });
    },
    setAnswer: function (categoryId, level) {
      var value = level === null || level === undefined ? -1 : level;
      if (!Number.isInteger(value) || value > 3 || value < -1) return false;
      return withString(String(categoryId), function (ptr) {
        return _ladder_api_set_answer(ptr, value) === 1;
      });
    },
    // The team exercise on the Team screen: statistics, agreement, targets, theory of change.
    team: function () {
      return json(_ladder_api_team());
    },
    // Frames drawn and their CPU time; the accessibility mirror's DOM work (platform_web.cpp):
    // updates received, DOM writes in all (creates, removes, moves, attribute and text
    // changes), and the size of the last registry payload in bytes.
    stats: function () {
      var out = json(_ladder_api_stats());
      var m = Module['ladderMirror'];
      ['updates', 'writes', 'creates', 'removes', 'moves', 'bytes'].forEach(function (key) {
        out['mirror_' + key] = m ? m.stats[key] : 0;
      });
      return out;
    },
    // make bench: merges `count` made-up respondents of the model in use, in the page, and says
    // how long it took and how much the memory grew ({respondents, ms, memory_growth_bytes}).
    benchMerge: function (count) {
      return json(_ladder_api_bench_merge(count | 0));
    },
    // Every interactive widget drawn in the last frame: id, role, label, state and rect (CSS px).
    widgets: function () {
      return json(_ladder_api_widgets());
    },
    // Which screen is showing, the open category, and any message shown to the user.
    ui: function () {
      return json(_ladder_api_ui());
    },
    // The interface's strings in the language in use, by stable id.
    strings: function () {
      return json(_ladder_api_strings());
    },
    // The characters of a text the page's fonts cannot draw, as code points (none, ever).
    missingGlyphs: function (text) {
      return withString(String(text), function (ptr) {
        return json(_ladder_api_missing_glyphs(ptr));
      });
    },
    // A promise that resolves when the app has finished reacting: no frame pending and no file
    // read, model fetch or clipboard write in flight (platform_web.cpp, js_install_idle). A
    // message waiting to time out does not count. What tests wait on instead of sleeping.
    idle: function () {
      return Module['ladderIdle']();
    },
  };
})();
