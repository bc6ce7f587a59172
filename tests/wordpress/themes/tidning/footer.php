<?php
/**
 * Sidfot: tre kolumner med block/widgetar, undre sidfot med meny och copyright.
 *
 * @package Tidning
 */
?>

	<!-- Footer -->
	<div class="td-footer-wrapper td-footer-container td-container-wrap ">
		<div class="td-container">
			<div class="td-pb-row">
				<div class="td-pb-span4">
					<?php if ( is_active_sidebar( 'td-footer-1' ) ) : ?>
						<?php dynamic_sidebar( 'td-footer-1' ); ?>
					<?php else : ?>
						<div class="td-footer-info">
							<div class="footer-logo-wrap"><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><span class="td-logo-text"><?php bloginfo( 'name' ); ?></span></a></div>
							<div class="footer-text-wrap">
								<?php
								$footer_text = get_theme_mod( 'tidning_footer_text', '' );
								echo esc_html( $footer_text ? $footer_text : get_bloginfo( 'description' ) );
								?>
								<div class="footer-email-wrap"><a href="<?php echo esc_url( home_url( '/kontakt/' ) ); ?>"><?php esc_html_e( 'Tipsa redaktionen', 'tidning' ); ?></a></div>
							</div>
						</div>
					<?php endif; ?>
				</div>
				<div class="td-pb-span4">
					<?php
					if ( is_active_sidebar( 'td-footer-2' ) ) {
						dynamic_sidebar( 'td-footer-2' );
					} else {
						echo tidning_block_7( __( 'Mest kommenterade', 'tidning' ), 'comment_count', 3 ); // phpcs:ignore WordPress.Security.EscapeOutput
					}
					?>
				</div>
				<div class="td-pb-span4">
					<?php if ( is_active_sidebar( 'td-footer-3' ) ) : ?>
						<?php dynamic_sidebar( 'td-footer-3' ); ?>
					<?php else : ?>
						<div class="td_block_wrap td_block_popular_categories td-pb-border-top td_block_template_1 widget widget_categories">
							<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size"><?php esc_html_e( 'Populära kategorier', 'tidning' ); ?></span></h4></div>
							<ul class="td-pb-padding-side">
								<?php
								$footer_cats = get_categories( array( 'orderby' => 'count', 'order' => 'DESC', 'number' => 6 ) );
								foreach ( $footer_cats as $footer_cat ) {
									echo '<li><a href="' . esc_url( get_category_link( $footer_cat ) ) . '"><span class="td-cat-name">' . esc_html( $footer_cat->name ) . '</span><span class="td-cat-no">' . (int) $footer_cat->count . '</span></a></li>';
								}
								?>
							</ul>
						</div>
					<?php endif; ?>
				</div>
			</div>
		</div>
	</div>

	<!-- Sub Footer -->
	<div class="td-sub-footer-container td-container-wrap ">
		<div class="td-container">
			<div class="td-pb-row">
				<div class="td-pb-span td-sub-footer-menu">
					<?php
					wp_nav_menu( array(
						'theme_location' => 'footer-menu',
						'menu_class'     => 'td-subfooter-menu',
						'container_class' => 'menu-td-demo-footer-menu-container',
						'depth'          => 1,
						'fallback_cb'    => false,
					) );
					?>
				</div>
				<div class="td-pb-span td-sub-footer-copy">
					&copy; Copyright <?php echo esc_html( wp_date( 'Y' ) ); ?> - <?php bloginfo( 'name' ); ?>
				</div>
			</div>
		</div>
	</div>
</div><!--close td-outer-wrap-->

<?php wp_footer(); ?>

</body>
</html>
