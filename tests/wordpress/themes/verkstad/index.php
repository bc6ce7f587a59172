<?php get_header(); ?>

<div class="mx-auto max-w-7xl px-6 py-16 sm:py-24 lg:px-8">
  <?php get_template_part('resources/views/partials/page-header'); ?>

  <div class="<?= is_active_sidebar('sidebar-primary') ? 'lg:grid lg:grid-cols-12 lg:gap-x-16' : '' ?>">
    <div class="lg:col-span-8">
      <?php get_template_part('resources/views/partials/loop'); ?>
    </div>

    <?php get_sidebar(); ?>
  </div>
</div>

<?php get_footer(); ?>
