<?php
/**
 * Artikelsida med oändlig scroll: artikeln som adressen pekar på, dess kommentarer,
 * och därefter nästa äldre artikel i sin helhet (utan kommentarer).
 *
 * @package Flod
 */

get_header();
?>
<div class="flod-container flod-layout">
	<main id="primary" class="site-main flod-single">
		<div class="flod-scroll" data-flod-scroll>
		<?php
		while ( have_posts() ) :
			the_post();

			// Hämta nästa äldre artikel innan vi lämnar den aktuella (get_previous_post() = äldre).
			$flod_next = ( 'post' === get_post_type() ) ? get_previous_post() : null;
			?>
			<div class="flod-scroll__item flod-scroll__item--current" data-url="<?php the_permalink(); ?>" data-title="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>">
				<?php
				get_template_part( 'template-parts/content', 'single', array( 'flod_position' => 1 ) );

				comments_template();
				?>
			</div>
			<?php
			if ( $flod_next instanceof WP_Post ) :
				?>
				<div class="flod-next-divider" role="separator"><span>Nästa artikel</span></div>
				<?php
				global $post, $more, $page;
				$post = $flod_next; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
				setup_postdata( $post );
				// Nästa artikel ska visas i sin helhet och från första sidan.
				$more = 1; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
				$page = 1; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
				?>
				<div class="flod-scroll__item flod-scroll__item--next" data-url="<?php the_permalink(); ?>" data-title="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>">
					<?php get_template_part( 'template-parts/content', 'single', array( 'flod_position' => 2 ) ); ?>
				</div>
				<?php
				wp_reset_postdata();
			endif;

		endwhile;
		?>
		</div>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
