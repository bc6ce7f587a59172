<header class="border-b border-zinc-100 bg-white/90 backdrop-blur">
  <nav class="mx-auto flex max-w-7xl items-center justify-between gap-x-6 px-6 py-5 lg:px-8" aria-label="<?= esc_attr__('Huvudmeny', 'verkstad') ?>">
    <a href="<?= esc_url(home_url('/')) ?>" class="-m-1.5 p-1.5 text-lg font-bold tracking-tight text-zinc-900">
      <?php bloginfo('name'); ?>
    </a>

    <?php if (has_nav_menu('primary_navigation')) : ?>
      <?php
      wp_nav_menu([
          'theme_location' => 'primary_navigation',
          'container' => false,
          'menu_class' => 'hidden items-center gap-x-8 text-sm font-semibold leading-6 text-zinc-700 md:flex [&_a:hover]:text-indigo-600 [&_.current-menu-item>a]:text-indigo-600',
          'depth' => 1,
          'echo' => true,
      ]);
      ?>
    <?php endif; ?>

    <a href="<?= esc_url(home_url('/?s=')) ?>" class="rounded-full p-2 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-700" aria-label="<?= esc_attr__('Sök', 'verkstad') ?>">
      <svg class="h-5 w-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M9 3.5a5.5 5.5 0 100 11 5.5 5.5 0 000-11zM2 9a7 7 0 1112.452 4.391l3.328 3.329a.75.75 0 11-1.06 1.06l-3.329-3.328A7 7 0 012 9z" clip-rule="evenodd" /></svg>
    </a>
  </nav>
</header>
