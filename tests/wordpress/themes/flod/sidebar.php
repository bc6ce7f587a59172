<?php
/**
 * Sidopanel. Om inga widgets är aktiva visas "Senaste artiklarna" och kategorier.
 *
 * @package Flod
 */
?>
<aside id="secondary" class="widget-area flod-sidebar" aria-label="Sidopanel">
	<?php if ( is_active_sidebar( 'sidebar-1' ) ) : ?>
		<?php dynamic_sidebar( 'sidebar-1' ); ?>
	<?php else : ?>
		<section class="widget widget_search">
			<h2 class="widget-title">Sök</h2>
			<?php get_search_form(); ?>
		</section>

		<section class="widget flod-widget-latest">
			<h2 class="widget-title">Senaste artiklarna</h2>
			<ul>
				<?php
				wp_get_archives(
					array(
						'type'  => 'postbypost',
						'limit' => 6,
					)
				);
				?>
			</ul>
		</section>

		<section class="widget widget_categories">
			<h2 class="widget-title">Avdelningar</h2>
			<ul>
				<?php
				wp_list_categories(
					array(
						'title_li'   => '',
						'show_count' => true,
					)
				);
				?>
			</ul>
		</section>
	<?php endif; ?>
</aside>
