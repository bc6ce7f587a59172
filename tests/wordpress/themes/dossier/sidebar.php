<?php
/**
 * Sidospalt för listor, arkiv och sök.
 *
 * @package Dossier
 */
?>
<aside id="secondary" class="widget-area" aria-label="<?php esc_attr_e( 'Sidospalt', 'dossier' ); ?>">
	<?php if ( is_active_sidebar( 'sidebar-1' ) ) : ?>
		<?php dynamic_sidebar( 'sidebar-1' ); ?>
	<?php else : ?>
		<section class="widget widget_search">
			<h2 class="widget-title"><?php esc_html_e( 'Sök', 'dossier' ); ?></h2>
			<?php get_search_form(); ?>
		</section>
		<section class="widget widget_categories">
			<h2 class="widget-title"><?php esc_html_e( 'Ämnesområden', 'dossier' ); ?></h2>
			<ul>
				<?php
				wp_list_categories(
					array(
						'title_li'   => '',
						'show_count' => false,
						'orderby'    => 'name',
					)
				);
				?>
			</ul>
		</section>
	<?php endif; ?>
</aside>
