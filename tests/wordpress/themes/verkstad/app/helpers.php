<?php

/**
 * Hjälpfunktioner för vyerna.
 */

namespace App;

/**
 * Sidrubrik för listningar (motsvarar Sage:s App-composer title()).
 *
 * @return string
 */
function title()
{
    if (is_home()) {
        if ($home = get_option('page_for_posts', true)) {
            return get_the_title($home);
        }

        return __('Senaste inläggen', 'verkstad');
    }

    if (is_archive()) {
        return get_the_archive_title();
    }

    if (is_search()) {
        return sprintf(
            /* translators: %s är sökfrågan */
            __('Sökresultat för ”%s”', 'verkstad'),
            get_search_query()
        );
    }

    if (is_404()) {
        return __('Sidan kunde inte hittas', 'verkstad');
    }

    return get_the_title();
}

/**
 * Datum i svensk långform, t.ex. "7 december 2024".
 *
 * @param  int|\WP_Post|null $post
 * @return string
 */
function entry_date($post = null)
{
    return get_the_date('j F Y', $post);
}

/**
 * Ungefärlig lästid i minuter (200 ord/min).
 *
 * @param  int|\WP_Post|null $post
 * @return int
 */
function reading_time($post = null)
{
    $content = wp_strip_all_tags(strip_shortcodes(get_post_field('post_content', $post)));
    $words = count(preg_split('/\s+/u', trim($content), -1, PREG_SPLIT_NO_EMPTY));

    return max(1, (int) ceil($words / 200));
}

/**
 * Pill-länkar för en taxonomi.
 *
 * @param  string $taxonomy
 * @return \WP_Term[]
 */
function terms($taxonomy = 'category', $post = null)
{
    $terms = get_the_terms($post ?: get_the_ID(), $taxonomy);

    if (! $terms || is_wp_error($terms)) {
        return [];
    }

    return $terms;
}

/**
 * Klasser för pill-länkar. Samlat här så att kort och artikel ser likadana ut.
 *
 * @param  string $variant
 * @return string
 */
function pill($variant = 'category')
{
    $base = 'inline-flex items-center rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset transition';

    return match ($variant) {
        'tag' => "{$base} bg-zinc-50 text-zinc-600 ring-zinc-500/10 hover:bg-zinc-100",
        default => "{$base} bg-indigo-50 text-indigo-700 ring-indigo-700/10 hover:bg-indigo-100",
    };
}
