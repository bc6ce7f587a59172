<?php
/**
 * Sidnumrering för listningar (Tailwind UI "centered page numbers").
 */

global $wp_query;

if ($wp_query->max_num_pages < 2) {
    return;
}

$links = paginate_links([
    'type' => 'array',
    'prev_next' => false,
    'mid_size' => 1,
]);

$base = 'inline-flex items-center border-t-2 border-transparent px-4 pt-4 text-sm font-medium text-zinc-500 hover:border-zinc-300 hover:text-zinc-700';
$active = 'inline-flex items-center border-t-2 border-indigo-500 px-4 pt-4 text-sm font-medium text-indigo-600';
?>
<nav class="mt-16 flex items-center justify-between border-t border-zinc-200 px-4 sm:px-0" aria-label="<?= esc_attr__('Sidnumrering', 'verkstad') ?>">
  <div class="-mt-px flex w-0 flex-1">
    <?php previous_posts_link('<span aria-hidden="true">&larr;</span> ' . esc_html__('Föregående', 'verkstad')); ?>
  </div>

  <div class="hidden md:-mt-px md:flex">
    <?php foreach ((array) $links as $link) : ?>
      <?= str_replace('page-numbers', str_contains($link, 'current') ? $active : $base, $link) ?>
    <?php endforeach; ?>
  </div>

  <div class="-mt-px flex w-0 flex-1 justify-end">
    <?php next_posts_link(esc_html__('Nästa', 'verkstad') . ' <span aria-hidden="true">&rarr;</span>'); ?>
  </div>
</nav>
