<?php
/**
 * 404.
 *
 * @package Tidning
 */

get_header();
?>

<div class="td-main-content-wrap td-container-wrap">
	<div class="td-container">
		<div class="td-pb-row">
			<div class="td-pb-span12">
				<div class="td-404-title"><?php esc_html_e( 'Hoppsan... Fel 404', 'tidning' ); ?></div>
				<div class="td-404-sub-title"><?php esc_html_e( 'Tyvärr, men sidan du letar efter finns inte.', 'tidning' ); ?></div>
				<div class="td-404-sub-sub-title"><?php esc_html_e( 'Du kan gå till', 'tidning' ); ?> <a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( 'STARTSIDAN', 'tidning' ); ?></a></div>

				<?php get_search_form(); ?>

				<h4 class="block-title"><span><?php esc_html_e( 'VÅRA SENASTE INLÄGG', 'tidning' ); ?></span></h4>
				<div class="td-block-row">
					<?php
					foreach ( tidning_block_posts( 'latest', 6 ) as $tidning_i => $tidning_p ) {
						echo '<div class="td-block-span4">' . tidning_module( 'td_module_1', $tidning_p ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput
						if ( 2 === $tidning_i ) {
							echo '</div><div class="td-block-row">';
						}
					}
					?>
				</div>
			</div>
		</div>
	</div>
</div>

<?php
get_footer();
