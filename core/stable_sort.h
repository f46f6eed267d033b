// stable_sort_list(v, less): what std::stable_sort(v.begin(), v.end(), less) does (elements that
// compare equal keep their order), as a binary insertion sort. The lists we sort are short (a
// model's categories, the saved assessments), and libc++'s merge sort costs about 3 KB of wasm
// for each comparator it is instantiated with; this costs a few hundred bytes.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace ladder {

template <class T, class Less>
void stable_sort_list(std::vector<T>& v, Less less) {
    for (std::size_t i = 1; i < v.size(); ++i) {
        if (!less(v[i], v[i - 1])) continue;  // already after everything before it
        // The first of v[0, i) that v[i] sorts before: after every element equal to it.
        std::size_t low = 0, high = i - 1;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (less(v[i], v[mid])) high = mid;
            else low = mid + 1;
        }
        T item = std::move(v[i]);
        for (std::size_t j = i; j > low; --j) v[j] = std::move(v[j - 1]);
        v[low] = std::move(item);
    }
}

}  // namespace ladder
