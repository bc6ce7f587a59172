<?php

/**
 * Tema-filter.
 */

namespace App;

/**
 * "… " i stället för [&hellip;] – korten har egen länk över hela ytan.
 */
add_filter('excerpt_more', function () {
    return ' &hellip;';
});

add_filter('excerpt_length', function () {
    return 28;
}, 999);

/**
 * Inga "Kategori:"/"Etikett:"-prefix i arkivrubriker.
 */
add_filter('get_the_archive_title_prefix', '__return_empty_string');

/**
 * Lösenordsformulär i Tailwind. Samma fält och mål som core
 * (wp-login.php?action=postpass, post_password).
 */
add_filter('the_password_form', function ($output, $post = null) {
    $post = get_post($post);
    $id = 'pwbox-' . (empty($post->ID) ? wp_rand() : $post->ID);

    ob_start();
    ?>
    <form action="<?= esc_url(site_url('wp-login.php?action=postpass', 'login_post')) ?>" method="post" class="not-prose rounded-2xl bg-zinc-50 p-6 ring-1 ring-inset ring-zinc-200 sm:p-8">
      <p class="text-base font-semibold text-zinc-900"><?= esc_html__('Det här innehållet är lösenordsskyddat.', 'verkstad') ?></p>
      <p class="mt-1 text-sm text-zinc-600"><?= esc_html__('Ange lösenordet nedan för att läsa det.', 'verkstad') ?></p>
      <div class="mt-6 flex flex-col gap-3 sm:flex-row sm:items-end">
        <div class="sm:flex-auto">
          <label for="<?= esc_attr($id) ?>" class="block text-sm font-medium text-zinc-900"><?= esc_html__('Lösenord', 'verkstad') ?></label>
          <input name="post_password" id="<?= esc_attr($id) ?>" type="password" size="20" class="mt-2 block w-full rounded-md border-0 px-3 py-2 text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 focus:ring-2 focus:ring-inset focus:ring-indigo-600 sm:text-sm">
        </div>
        <button type="submit" name="Submit" class="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"><?= esc_html__('Lås upp', 'verkstad') ?></button>
      </div>
    </form>
    <?php

    // the_content kör wpautop på formuläret – håll det på en rad.
    return trim(preg_replace('/>\s+</', '><', ob_get_clean()));
}, 10, 2);

/**
 * Lägg till klasser på core:s föregående/nästa-länkar för listningar.
 */
add_filter('next_posts_link_attributes', function () {
    return 'class="inline-flex items-center gap-x-2 border-t-2 border-transparent pt-4 text-sm font-medium text-zinc-500 hover:border-zinc-300 hover:text-zinc-700"';
});

add_filter('previous_posts_link_attributes', function () {
    return 'class="inline-flex items-center gap-x-2 border-t-2 border-transparent pt-4 text-sm font-medium text-zinc-500 hover:border-zinc-300 hover:text-zinc-700"';
});
