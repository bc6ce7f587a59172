<?php
/**
 * Header | Action Bar + Top Bar (logo, main menu, search)
 *
 * @package Betheme
 * @author Muffin group
 */
$mfn_logo = THEME_URI . '/images/logo/logo.png';
?>
<div id="Action_bar">
	<div class="container">
		<div class="column one">

			<ul class="contact_details">
				<li class="slogan">Välkommen hem!</li>
				<li class="phone"><i class="icon-phone"></i><a href="tel:+4669012345">0690-123 45</a></li>
				<li class="mail"><i class="icon-mail-line"></i><a href="mailto:kundservice@example.se">kundservice@example.se</a></li>
			</ul>

			<ul class="social"><li class="facebook"><a target="_blank" href="https://www.facebook.com/" title="Facebook"><i class="icon-facebook"></i></a></li><li class="instagram"><a target="_blank" href="https://www.instagram.com/" title="Instagram"><i class="icon-instagram"></i></a></li><li class="linkedin"><a target="_blank" href="https://www.linkedin.com/" title="LinkedIn"><i class="icon-linkedin"></i></a></li></ul>
		</div>
	</div>
</div>

<div class="header_placeholder"></div>

<div id="Top_bar" class="loading">

	<div class="container">
		<div class="column one">

			<div class="top_bar_left clearfix">

				<!-- Logo -->
				<div class="logo"><a id="logo" href="<?php echo esc_url( home_url( '/' ) ); ?>" title="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" data-height="60" data-padding="15"><img class="logo-main scale-with-grid" src="<?php echo esc_url( $mfn_logo ); ?>" data-retina="" data-height="60" alt="logo" /><img class="logo-sticky scale-with-grid" src="<?php echo esc_url( $mfn_logo ); ?>" data-retina="" data-height="60" alt="logo" /><img class="logo-mobile scale-with-grid" src="<?php echo esc_url( $mfn_logo ); ?>" data-retina="" data-height="60" alt="logo" /><img class="logo-mobile-sticky scale-with-grid" src="<?php echo esc_url( $mfn_logo ); ?>" data-retina="" data-height="60" alt="logo" /></a></div>

				<div class="menu_wrapper">
					<nav id="menu">
						<?php
						wp_nav_menu( array(
							'container'      => false,
							'menu_id'        => 'menu-main-menu',
							'menu_class'     => 'menu menu-main',
							'fallback_cb'    => 'mfn_wp_page_menu',
							'theme_location' => 'main-menu',
							'depth'          => 5,
							'link_before'    => '<span>',
							'link_after'     => '</span>',
						) );
						?>
					</nav>
					<a class="responsive-menu-toggle " href="#"><i class="icon-menu-fine"></i></a>
				</div>

				<div class="secondary_menu_wrapper">
					<!-- #secondary-menu -->
				</div>

				<div class="banner_wrapper">
				</div>

				<div class="search_wrapper">
					<!-- #searchform -->
					<?php get_search_form( true ); ?>
				</div>

			</div>

			<div class="top_bar_right"><div class="top_bar_right_wrapper"><a id="search_button" href="#"><i class="icon-search-fine"></i></a><a href="<?php echo esc_url( home_url( '/' ) ); ?>#felanmalan" class="action_button" target="_blank">Felanmälan</a></div></div>

		</div>
	</div>
</div>
