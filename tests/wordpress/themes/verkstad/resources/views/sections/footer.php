<footer class="mt-24 border-t border-zinc-100 bg-zinc-50">
  <div class="mx-auto max-w-7xl px-6 py-12 lg:px-8">
    <?php if (is_active_sidebar('sidebar-footer')) : ?>
      <div class="grid grid-cols-1 gap-10 sm:grid-cols-2 lg:grid-cols-4">
        <?php dynamic_sidebar('sidebar-footer'); ?>
      </div>
    <?php endif; ?>

    <div class="mt-10 flex flex-col gap-4 border-t border-zinc-200 pt-8 md:flex-row md:items-center md:justify-between">
      <?php if (has_nav_menu('footer_navigation')) : ?>
        <?php
        wp_nav_menu([
            'theme_location' => 'footer_navigation',
            'container' => false,
            'menu_class' => 'flex flex-wrap gap-x-6 gap-y-2 text-sm text-zinc-600 [&_a:hover]:text-zinc-900',
            'depth' => 1,
        ]);
        ?>
      <?php endif; ?>

      <p class="text-xs leading-5 text-zinc-500">
        &copy; <?= esc_html(wp_date('Y')) ?> <?php bloginfo('name'); ?>. <?= esc_html__('Alla rättigheter förbehållna.', 'verkstad') ?>
      </p>
    </div>
  </div>
</footer>
