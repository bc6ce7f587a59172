<?php
/* Renders dates as WordPress prints them in each locale (run by testbed.py's dates_as_printed()): the locale's
 * default date and time formats (what wp_install() stores as date_format and time_format for that language), the
 * post date (get_the_date) and the comment line of WordPress's comment walker ("%1$s at %2$s", translated). No
 * site is changed. Request params: locales (e.g. "fr_FR", or none for every installed one; never named $locale in
 * this global scope: WordPress keeps the current locale in that global), times (local "Y-m-d H:i:s"). */

require __DIR__ . '/bootstrap.php';

$params = $wparchive_request['params'];
$available = get_available_languages();
$wanted_locales = $params['locales'] ?: array_merge(['en_US'], $available);  // none asked for: every installed one
$out = [];
foreach ($wanted_locales as $wanted_locale) {
    if ($wanted_locale !== 'en_US' && !in_array($wanted_locale, $available, true)) {
        $out[$wanted_locale] = null;  // no translation installed
        continue;
    }
    $switched = switch_to_locale($wanted_locale);
    if (!$switched && determine_locale() !== $wanted_locale) {
        wparchive_fail("could not switch to $wanted_locale (now " . determine_locale() . ")");
    }
    $date_format = __('F j, Y');
    $time_format = __('g:i a');
    $rows = [];
    foreach ($params['times'] as $local) {
        $date = mysql2date($date_format, $local);  // as get_the_date() and get_comment_date() print it
        $time = mysql2date($time_format, $local);
        /* translators: 1: Comment date, 2: Comment time. */
        $rows[] = ['local' => $local, 'date' => $date, 'comment' => sprintf(__('%1$s at %2$s'), $date, $time)];
    }
    $out[$wanted_locale] = ['date_format' => $date_format, 'time_format' => $time_format, 'rows' => $rows];
    restore_previous_locale();
}
wparchive_reply($out);
