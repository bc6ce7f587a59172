<?php
/**
 * Page chrome – header builder (desktop + mobile rows), menus, footer builder,
 * search modal, off-canvas panel, back-to-top and the Blocksy Companion
 * cookie-consent bar.
 *
 * @package blocka
 */

/**
 * Fallback when no menu is assigned: Blocksy lists pages. The CEO site also
 * links a few categories.
 */
function blocka_menu_fallback($args = []) {
	$menu_id = isset($args['menu_id']) ? $args['menu_id'] : 'menu-huvudmeny';

	$items = '<li class="menu-item menu-item-home' . (is_front_page() ? ' current-menu-item' : '') . '"><a href="' . esc_url(home_url('/')) . '" class="ct-menu-link">Hem</a></li>';

	$pages = get_pages(['sort_column' => 'menu_order,post_title', 'number' => 6]);

	foreach ($pages as $page) {
		$current = is_page($page->ID) ? ' current-menu-item current_page_item' : '';
		$items .= '<li class="menu-item menu-item-type-post_type menu-item-object-page page_item page-item-' . intval($page->ID) . $current . '"><a href="' . esc_url(get_permalink($page)) . '" class="ct-menu-link">' . esc_html(get_the_title($page)) . '</a></li>';
	}

	$categories = get_categories([
		'parent' => 0,
		'number' => 3,
		'orderby' => 'count',
		'order' => 'DESC',
		'hide_empty' => true,
	]);

	foreach ($categories as $category) {
		$current = is_category($category->term_id) ? ' current-menu-item' : '';
		$items .= '<li class="menu-item menu-item-type-taxonomy menu-item-object-category' . $current . '"><a href="' . esc_url(get_category_link($category)) . '" class="ct-menu-link">' . esc_html($category->name) . '</a></li>';
	}

	return '<ul id="' . esc_attr($menu_id) . '" class="menu">' . $items . '</ul>';
}

function blocka_menu($location, $menu_id) {
	if (has_nav_menu($location)) {
		return wp_nav_menu([
			'theme_location' => $location,
			'container' => false,
			'menu_class' => 'menu',
			'menu_id' => $menu_id,
			'echo' => false,
			'fallback_cb' => false,
		]);
	}

	return blocka_menu_fallback(['menu_id' => $menu_id]);
}

add_filter('nav_menu_link_attributes', function ($atts) {
	$atts['class'] = trim((isset($atts['class']) ? $atts['class'] : '') . ' ct-menu-link');
	return $atts;
});

function blocka_site_branding($device = 'desktop') {
	$tag = (is_front_page() && is_home()) ? 'h1' : 'span';

	if ($device !== 'desktop') {
		$tag = 'span';
	}

	ob_start();
	?>
	<div	class="site-branding" data-id="logo" <?php echo blocka_schema('organization'); ?>>
		<div class="site-title-container">
			<<?php echo $tag; ?> class="site-title" itemprop="name"><a href="<?php echo esc_url(home_url('/')); ?>" rel="home" itemprop="url"><?php echo esc_html(get_bloginfo('name')); ?></a></<?php echo $tag; ?>>
			<?php if ($device === 'desktop' && get_bloginfo('description')) { ?>
				<p class="site-description" itemprop="description"><?php echo esc_html(get_bloginfo('description')); ?></p>
			<?php } ?>
		</div>
	</div>
	<?php
	return ob_get_clean();
}

function blocka_search_icon() {
	return '<svg class="ct-icon" aria-hidden="true" width="15" height="15" viewBox="0 0 15 15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8c0.1,0.1,0.3,0.2,0.5,0.2s0.4-0.1,0.5-0.2C15.1,14.5,15.1,14,14.8,13.7z M1.5,6.8c0-2.9,2.4-5.2,5.2-5.2S12,3.9,12,6.8S9.6,12,6.8,12S1.5,9.6,1.5,6.8z"/></svg>';
}

function blocka_output_header() {
	ob_start();
	?>
<header id="header" class="ct-header" data-id="type-1" <?php echo blocka_schema('header'); ?>><div data-device="desktop"><div data-row="top" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<div	class="ct-header-text " data-id="text">
	<div class="entry-content is-layout-flow">
		<p>Kundtjänst 020-12 34 56 · <a href="mailto:kundtjanst@example.se">kundtjanst@example.se</a></p>	</div>
</div>
</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<div
	class="ct-header-socials "
	data-id="socials">

	<div class="ct-social-box" data-color="custom" data-icon-size="custom" data-icons-type="simple" >
		<a href="https://www.linkedin.com/company/example" data-network="linkedin" aria-label="LinkedIn" target="_blank" rel="noopener noreferrer"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M18.6,0H1.4C0.6,0,0,0.6,0,1.4v17.1C0,19.4,0.6,20,1.4,20h17.1c0.8,0,1.4-0.6,1.4-1.4V1.4C20,0.6,19.4,0,18.6,0z"/></svg></span><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">LinkedIn</span></a>
		<a href="https://www.facebook.com/example" data-network="facebook" aria-label="Facebook" target="_blank" rel="noopener noreferrer"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M20,10.1c0-5.5-4.5-10-10-10S0,4.5,0,10.1c0,5,3.7,9.1,8.4,9.9v-7H5.9v-2.9h2.5V7.9C8.4,5.4,9.9,4,12.2,4c1.1,0,2.2,0.2,2.2,0.2v2.5h-1.3c-1.2,0-1.6,0.8-1.6,1.6v1.9h2.8L13.9,13h-2.3v7C16.3,19.2,20,15.1,20,10.1z"/></svg></span><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">Facebook</span></a>
	</div>
</div>
</div></div></div></div><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<?php echo blocka_site_branding('desktop'); ?>
</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<nav
	id="header-menu-1"
	class="header-menu-1 menu-container"
	data-id="menu" data-interaction="hover"	data-menu="type-1"
	data-dropdown="type-1:simple"		data-responsive="no"	<?php echo blocka_schema('navigation'); ?>	aria-label="Huvudmeny">

	<?php echo blocka_menu('menu_1', 'menu-huvudmeny'); ?>
</nav>


<button
	class="ct-header-search ct-toggle "
	data-toggle-panel="#search-modal"
	aria-controls="search-modal"
	aria-label="Sök"
	data-label="left"
	data-id="search">

	<span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Sök</span>

	<?php echo blocka_search_icon(); ?></button>
</div></div></div></div></div><div data-device="mobile"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">
<?php echo blocka_site_branding('mobile'); ?>
</div></div><div data-column="end" data-placements="1"><div data-items="primary">
<button
	class="ct-header-search ct-toggle "
	data-toggle-panel="#search-modal"
	aria-controls="search-modal"
	aria-label="Sök"
	data-label="left"
	data-id="search">

	<span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Sök</span>

	<?php echo blocka_search_icon(); ?></button>

<button
	class="ct-header-trigger ct-toggle "
	data-toggle-panel="#offcanvas"
	aria-controls="offcanvas"
	data-design="simple"
	data-label="right"
	aria-label="Meny"
	data-id="trigger">

	<span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">Meny</span>

	<svg
		class="ct-icon"
		width="18" height="14" viewBox="0 0 18 14"
		data-type="type-1"
		aria-hidden="true">

		<rect y="0.00" width="18" height="1.7" rx="1"/>
		<rect y="6.15" width="18" height="1.7" rx="1"/>
		<rect y="12.3" width="18" height="1.7" rx="1"/>
	</svg>
</button>
</div></div></div></div></div></header>
	<?php
	return ob_get_clean();
}

function blocka_footer_widget_column($index) {
	$widget_args = [
		'before_widget' => '<div class="ct-widget is-layout-flow %s">',
		'after_widget' => '</div>',
		'before_title' => '<h3 class="widget-title">',
		'after_title' => '</h3>',
	];

	$sidebar_id = 'ct-footer-sidebar-' . $index;

	echo '<div data-column="widget-area-' . intval($index) . '">';
	echo '<div class="ct-footer-widgets" data-id="widget-area-' . intval($index) . '">';

	if (is_active_sidebar($sidebar_id)) {
		dynamic_sidebar($sidebar_id);
	} else {
		if ($index === 1) {
			?>
			<div class="ct-widget is-layout-flow widget_text" id="text-5">
				<h3 class="widget-title">Bostadsbolaget AB</h3>
				<div class="textwidget">
					<p>Vi äger och förvaltar drygt 11&nbsp;000 hyresrätter i kommunen. Felanmälan dygnet runt på 020-12 34 56.</p>
					<p>Besöksadress: Storgatan 1, 123 45 Småstad</p>
				</div>
			</div>
			<?php
		}

		if ($index === 2) {
			the_widget(
				'WP_Widget_Recent_Posts',
				[
					'title' => 'Senaste från VD-bloggen',
					'number' => 3,
					'show_date' => true,
				],
				$widget_args
			);
		}

		if ($index === 3) {
			the_widget(
				'WP_Widget_Recent_Comments',
				[
					'title' => 'Senaste kommentarerna',
					'number' => 4,
				],
				$widget_args
			);
		}
	}

	echo '</div>';
	echo '</div>';
}

function blocka_output_footer() {
	ob_start();
	?>
<footer id="footer" class="ct-footer" data-id="type-1" <?php echo blocka_schema('footer'); ?>><div data-row="middle"><div class="ct-container" data-columns-divider="md:sm">
	<?php blocka_footer_widget_column(1); ?>
	<?php blocka_footer_widget_column(2); ?>
	<?php blocka_footer_widget_column(3); ?>
</div></div><div data-row="bottom"><div class="ct-container" data-columns-divider="md:sm"><div data-column="copyright">
<div
	class="ct-footer-copyright"
	data-id="copyright">

	<p>Copyright &copy; <?php echo esc_html(wp_date('Y')); ?> Bostadsbolaget AB – WordPress-tema av <a href="https://creativethemes.com">Creative Themes</a></p></div>
</div><div data-column="menu">
<nav
	id="footer-menu"
	class="footer-menu-inline menu-container "
	data-id="menu"		<?php echo blocka_schema('navigation'); ?>	aria-label="Sidfotsmeny">

	<ul id="menu-sidfot" class="menu"><li class="menu-item"><a href="<?php echo esc_url(home_url('/integritetspolicy/')); ?>" class="ct-menu-link">Integritetspolicy</a></li><li class="menu-item"><a href="<?php echo esc_url(home_url('/cookies/')); ?>" class="ct-menu-link">Om cookies</a></li><li class="menu-item"><a href="<?php echo esc_url(get_feed_link()); ?>" class="ct-menu-link">RSS</a></li></ul></nav>
</div></div></div></footer>
	<?php
	return ob_get_clean();
}

/**
 * Everything Blocksy prints after #main-container: search modal, off-canvas
 * panel, back-to-top link and (Companion) cookie consent.
 */
function blocka_output_panels() {
	?>
	<div id="search-modal" class="ct-panel" data-behaviour="modal" role="dialog" aria-label="Sökmodal" inert>
		<div class="ct-panel-actions">
			<button class="ct-toggle-close" data-type="type-1" aria-label="Stäng sökmodalen">
				<svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg>
			</button>
		</div>

		<div class="ct-panel-content">
			<?php echo blocka_search_form(); ?>
		</div>
	</div>

	<div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" role="dialog" aria-label="Offcanvas-modal" inert="">
		<div class="ct-panel-inner">
			<div class="ct-panel-actions">
				<button class="ct-toggle-close" data-type="type-1" aria-label="Stäng lådan">
					<svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg>
				</button>
			</div>
			<div class="ct-panel-content" data-device="desktop"><div class="ct-panel-content-inner"></div></div>
			<div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner">
				<nav
					class="mobile-menu menu-container"
					data-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" data-submenu-dots="yes"	aria-label="Mobilmeny">

					<?php echo blocka_menu(has_nav_menu('menu_mobile') ? 'menu_mobile' : 'menu_1', 'menu-mobilmeny'); ?>
				</nav>
			</div></div>
		</div>
	</div>

	<a href="#main-container" class="ct-back-to-top ct-hidden-sm"
		data-shape="square"
		data-alignment="right"
		title="Gå till toppen" aria-label="Gå till toppen" hidden>

		<svg class="ct-icon" width="15" height="15" viewBox="0 0 20 20"><path d="M10,0L9.4,0.6L0.8,9.1l1.2,1.2l7.1-7.1V20h1.7V3.3l7.1,7.1l1.2-1.2l-8.5-8.5L10,0z"/></svg>	</a>

	<div class="cookie-notification ct-fade-in-start" data-period="forever" data-type="type-1">

		<div class="container">
			<div class="ct-cookies-content"><p>Vi använder cookies för att ge dig den bästa upplevelsen på vår webbplats. <a href="<?php echo esc_url(home_url('/cookies/')); ?>">Läs mer om cookies</a></p></div>

			<div class="ct-button-group">
				<button type="button" class="ct-button ct-cookies-accept-button">Acceptera</button>

				<button type="button" class="ct-button ct-cookies-decline-button">Neka</button>
			</div>
		</div>
	</div>
	<?php
}
