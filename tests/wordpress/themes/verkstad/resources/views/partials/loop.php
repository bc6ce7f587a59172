<?php
/**
 * Kortrutnät + sidnumrering. Används av index.php och archive.php.
 */

$columns = is_active_sidebar('sidebar-primary') ? 'sm:grid-cols-2' : 'sm:grid-cols-2 lg:grid-cols-3';
?>
<?php if (! have_posts()) : ?>
  <div class="mt-16 space-y-6">
    <?php get_template_part('resources/views/components/alert', null, ['type' => 'warning', 'message' => __('Tyvärr, inga inlägg hittades.', 'verkstad')]); ?>
    <?php get_search_form(); ?>
  </div>
<?php else : ?>
  <div class="mt-16 grid grid-cols-1 gap-x-8 gap-y-16 <?= esc_attr($columns) ?>">
    <?php while (have_posts()) : the_post(); ?>
      <?php get_template_part('resources/views/partials/content', get_post_type()); ?>
    <?php endwhile; ?>
  </div>

  <?php get_template_part('resources/views/partials/pagination'); ?>
<?php endif; ?>
