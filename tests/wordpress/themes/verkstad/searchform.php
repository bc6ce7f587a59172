<?php $field_id = 'search-' . wp_unique_id(); ?>
<form role="search" method="get" action="<?= esc_url(home_url('/')) ?>" class="flex gap-x-3">
  <label for="<?= esc_attr($field_id) ?>" class="sr-only"><?= esc_html__('Sök efter:', 'verkstad') ?></label>
  <input id="<?= esc_attr($field_id) ?>" type="search" name="s" value="<?= esc_attr(get_search_query()) ?>" placeholder="<?= esc_attr__('Sök …', 'verkstad') ?>" class="min-w-0 flex-auto rounded-md border-0 px-3.5 py-2 text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400 focus:ring-2 focus:ring-inset focus:ring-indigo-600 sm:text-sm sm:leading-6">
  <button type="submit" class="flex-none rounded-md bg-indigo-600 px-3.5 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500"><?= esc_html__('Sök', 'verkstad') ?></button>
</form>
