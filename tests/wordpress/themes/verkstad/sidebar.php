<?php
if (! is_active_sidebar('sidebar-primary')) {
    return;
}
?>
<aside class="mt-16 space-y-10 lg:col-span-4 lg:mt-16" aria-label="<?= esc_attr__('Sidofält', 'verkstad') ?>">
  <?php dynamic_sidebar('sidebar-primary'); ?>
</aside>
