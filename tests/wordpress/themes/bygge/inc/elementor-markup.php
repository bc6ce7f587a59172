<?php
/**
 * Elementors struktur-markup: dokument-wrappers, sektioner, kolumner,
 * containers och widget-wrappers, som Elementor 3.8 skriver ut dem
 * (med "Optimized DOM Output" och "Improved CSS Loading" aktiva).
 *
 * @package HelloElementor
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Öppnar ett Elementor-dokument (Theme Builder-location).
 *
 * @param int    $template_id ID på elementor_library-posten.
 * @param string $doc_type    data-elementor-type (header, footer, single-post, archive, popup).
 * @param string $location    Location (header, footer, single, archive, popup).
 * @param array  $args        tag, extra_classes, settings.
 * @return void
 */
function bygge_document_open( $template_id, $doc_type, $location, $args = [] ) {
	$tag     = isset( $args['tag'] ) ? $args['tag'] : 'div';
	$classes = 'elementor elementor-' . (int) $template_id . ' elementor-location-' . $location;
	if ( ! empty( $args['extra_classes'] ) ) {
		$classes .= ' ' . implode( ' ', (array) $args['extra_classes'] );
	}
	$settings = '';
	if ( ! empty( $args['settings'] ) ) {
		$settings = ' data-elementor-settings="' . esc_attr( wp_json_encode( $args['settings'] ) ) . '"';
	}
	printf(
		'		<%1$s data-elementor-type="%2$s" data-elementor-id="%3$d" class="%4$s"%5$s data-elementor-post-type="elementor_library">' . "\n",
		tag_escape( $tag ),
		esc_attr( $doc_type ),
		(int) $template_id,
		esc_attr( $classes ),
		$settings // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	);
}

/**
 * Stänger ett Elementor-dokument.
 *
 * @param string $tag Tagg.
 * @return void
 */
function bygge_document_close( $tag = 'div' ) {
	echo "\t\t</" . tag_escape( $tag ) . ">\n";
}

/**
 * Data-settings-attribut.
 *
 * @param array|null $settings Inställningar.
 * @return string
 */
function bygge_data_settings( $settings ) {
	if ( empty( $settings ) ) {
		return '';
	}
	return ' data-settings="' . esc_attr( wp_json_encode( $settings ) ) . '"';
}

/**
 * Öppnar en sektion (section.elementor-section > div.elementor-container).
 *
 * @param string $id   Elementor-ID (7 hex).
 * @param array  $args inner, layout, gap, classes, settings, overlay.
 * @return void
 */
function bygge_section_open( $id, $args = [] ) {
	$classes = [
		'elementor-section',
		! empty( $args['inner'] ) ? 'elementor-inner-section' : 'elementor-top-section',
		'elementor-element',
		'elementor-element-' . $id,
	];
	if ( ! empty( $args['classes'] ) ) {
		$classes = array_merge( $classes, (array) $args['classes'] );
	}
	$classes[] = isset( $args['layout'] ) ? $args['layout'] : 'elementor-section-boxed';
	$classes[] = 'elementor-section-height-default';
	$classes[] = 'elementor-section-height-default';

	echo "\t\t\t\t" . '<section class="' . esc_attr( implode( ' ', $classes ) ) . '" data-id="' . esc_attr( $id ) . '" data-element_type="section"' . bygge_data_settings( isset( $args['settings'] ) ? $args['settings'] : null ) . ">\n"; // phpcs:ignore
	if ( ! empty( $args['overlay'] ) ) {
		echo "\t\t\t\t\t\t\t<div class=\"elementor-background-overlay\"></div>\n";
	}
	$gap = isset( $args['gap'] ) ? $args['gap'] : 'default';
	echo "\t\t\t\t\t\t<div class=\"elementor-container elementor-column-gap-" . esc_attr( $gap ) . "\">\n";
}

/**
 * Stänger en sektion.
 *
 * @return void
 */
function bygge_section_close() {
	echo "\t\t\t\t\t</div>\n\t\t</section>\n";
}

/**
 * Öppnar en kolumn (div.elementor-column > div.elementor-widget-wrap).
 *
 * @param string $id    Elementor-ID.
 * @param int    $size  100, 66, 50, 33, 25.
 * @param array  $args  inner, classes, settings.
 * @return void
 */
function bygge_column_open( $id, $size = 100, $args = [] ) {
	$classes = [
		'elementor-column',
		'elementor-col-' . (int) $size,
		! empty( $args['inner'] ) ? 'elementor-inner-column' : 'elementor-top-column',
		'elementor-element',
		'elementor-element-' . $id,
	];
	if ( ! empty( $args['classes'] ) ) {
		$classes = array_merge( $classes, (array) $args['classes'] );
	}
	echo "\t\t\t\t\t" . '<div class="' . esc_attr( implode( ' ', $classes ) ) . '" data-id="' . esc_attr( $id ) . '" data-element_type="column"' . bygge_data_settings( isset( $args['settings'] ) ? $args['settings'] : null ) . ">\n"; // phpcs:ignore
	echo "\t\t\t<div class=\"elementor-widget-wrap elementor-element-populated\">\n";
}

/**
 * Stänger en kolumn.
 *
 * @return void
 */
function bygge_column_close() {
	echo "\t\t\t\t\t</div>\n\t\t</div>\n";
}

/**
 * Öppnar en flexbox-container (e-con). Används i headern, som byggdes om
 * med containers när mega-menyn infördes.
 *
 * @param string $id   Elementor-ID.
 * @param array  $args boxed (bool), child (bool), settings, classes.
 * @return void
 */
function bygge_container_open( $id, $args = [] ) {
	$boxed   = ! empty( $args['boxed'] );
	$classes = [ 'elementor-element', 'elementor-element-' . $id ];
	if ( ! empty( $args['classes'] ) ) {
		$classes = array_merge( $classes, (array) $args['classes'] );
	}
	if ( $boxed ) {
		$classes[] = 'e-flex';
		$classes[] = 'e-con-boxed';
	} else {
		$classes[] = 'e-con-full';
		$classes[] = 'e-flex';
	}
	$classes[] = 'e-con';
	$classes[] = ! empty( $args['child'] ) ? 'e-child' : 'e-parent';

	$extra = '';
	if ( ! empty( $args['attrs'] ) ) {
		foreach ( $args['attrs'] as $name => $value ) {
			$extra .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	echo "\t\t" . '<div' . $extra . ' class="' . esc_attr( implode( ' ', $classes ) ) . '" data-id="' . esc_attr( $id ) . '" data-element_type="container"' . bygge_data_settings( isset( $args['settings'] ) ? $args['settings'] : null ) . ">\n"; // phpcs:ignore
	if ( $boxed ) {
		echo "\t\t\t\t\t<div class=\"e-con-inner\">\n";
	}
}

/**
 * Stänger en container.
 *
 * @param bool $boxed Om containern har e-con-inner.
 * @return void
 */
function bygge_container_close( $boxed = false ) {
	if ( $boxed ) {
		echo "\t\t\t\t\t</div>\n";
	}
	echo "\t\t\t\t</div>\n";
}

/**
 * CSS som "Improved CSS Loading" skriver in i första widgeten av varje typ.
 *
 * @param string $group heading|image|text-editor|icon-list.
 * @return string
 */
function bygge_inline_widget_css( $group ) {
	static $printed = [];
	if ( isset( $printed[ $group ] ) ) {
		return '';
	}
	$css = [
		'heading'     => '.elementor-heading-title{padding:0;margin:0;line-height:1}.elementor-widget-heading .elementor-heading-title[class*=elementor-size-]>a{color:inherit;font-size:inherit;line-height:inherit}.elementor-widget-heading .elementor-heading-title.elementor-size-small{font-size:15px}.elementor-widget-heading .elementor-heading-title.elementor-size-medium{font-size:19px}.elementor-widget-heading .elementor-heading-title.elementor-size-large{font-size:29px}.elementor-widget-heading .elementor-heading-title.elementor-size-xl{font-size:39px}.elementor-widget-heading .elementor-heading-title.elementor-size-xxl{font-size:59px}',
		'image'       => '.elementor-widget-image{text-align:center}.elementor-widget-image a{display:inline-block}.elementor-widget-image a img[src$=".svg"]{width:48px}.elementor-widget-image img{vertical-align:middle;display:inline-block}',
		'text-editor' => '.elementor-widget-text-editor.elementor-drop-cap-view-stacked .elementor-drop-cap{background-color:#818a91;color:#fff}.elementor-widget-text-editor.elementor-drop-cap-view-framed .elementor-drop-cap{color:#818a91;border:3px solid;background-color:transparent}.elementor-widget-text-editor:not(.elementor-drop-cap-view-default) .elementor-drop-cap{margin-top:8px}.elementor-widget-text-editor .elementor-drop-cap{float:left;text-align:center;line-height:1;font-size:50px}',
		'icon-list'   => '.elementor-widget.elementor-icon-list--layout-inline .elementor-widget-container{overflow:hidden}.elementor-widget .elementor-icon-list-items.elementor-inline-items{margin-right:-8px;margin-left:-8px}.elementor-widget .elementor-icon-list-items.elementor-inline-items .elementor-icon-list-item{margin-right:8px;margin-left:8px}.elementor-widget .elementor-icon-list-item,.elementor-widget .elementor-icon-list-item a{display:flex;font-size:inherit;align-items:var(--icon-vertical-align,center)}.elementor-widget .elementor-icon-list-icon+.elementor-icon-list-text{align-self:center;padding-left:5px}',
	];
	if ( ! isset( $css[ $group ] ) ) {
		return '';
	}
	$printed[ $group ] = true;
	return '<style>/*! elementor - v' . BYGGE_ELEMENTOR_VERSION . ' - 13-11-2022 */' . "\n" . $css[ $group ] . '</style>';
}

/**
 * Skriver ut en widget: div.elementor-element.elementor-widget > div.elementor-widget-container.
 * Som i Elementor skrivs inget alls ut om widgetens render() inte gav någon utdata.
 *
 * @param string          $id          Elementor-ID.
 * @param string          $name        Widgetnamn (heading, post-info, ...).
 * @param string          $widget_type data-widget_type (t.ex. "post-info.default").
 * @param Closure|string  $content     Render-closure, namnet på en bygge_render_*-funktion eller färdig HTML.
 * @param array           $args        prefix_classes, after_classes, settings, css.
 * @return void
 */
function bygge_widget( $id, $name, $widget_type, $content, $args = [] ) {
	$is_renderer = ( $content instanceof Closure )
		|| ( is_string( $content ) && 0 === strpos( $content, 'bygge_render_' ) && function_exists( $content ) );
	if ( $is_renderer ) {
		ob_start();
		call_user_func( $content );
		$html = ob_get_clean();
	} else {
		$html = (string) $content;
	}
	if ( '' === trim( $html ) ) {
		return;
	}

	$classes = [ 'elementor-element', 'elementor-element-' . $id ];
	if ( ! empty( $args['prefix_classes'] ) ) {
		$classes = array_merge( $classes, (array) $args['prefix_classes'] );
	}
	$classes[] = 'elementor-widget';
	$classes[] = 'elementor-widget-' . $name;
	if ( ! empty( $args['after_classes'] ) ) {
		$classes = array_merge( $classes, (array) $args['after_classes'] );
	}

	echo "\t\t\t\t" . '<div class="' . esc_attr( implode( ' ', $classes ) ) . '" data-id="' . esc_attr( $id ) . '" data-element_type="widget"' . bygge_data_settings( isset( $args['settings'] ) ? $args['settings'] : null ) . ' data-widget_type="' . esc_attr( $widget_type ) . "\">\n"; // phpcs:ignore
	echo "\t\t\t\t<div class=\"elementor-widget-container\">\n";
	if ( ! empty( $args['css'] ) ) {
		echo bygge_inline_widget_css( $args['css'] ); // phpcs:ignore
	}
	echo $html; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	echo "\t\t</div>\n\t\t\t\t</div>\n";
}

/**
 * Elementors frontend-konfiguration (skrivs före frontend.min.js i sidfoten).
 * Innehåller bl.a. sidans dokumenttitel URL-kodad och utdraget.
 *
 * @return string
 */
function bygge_elementor_frontend_config() {
	$config = [
		'environmentMode'      => [
			'edit'          => false,
			'wpPreview'     => false,
			'isScriptDebug' => false,
		],
		'i18n'                 => [
			'shareOnFacebook' => 'Dela på Facebook',
			'shareOnTwitter'  => 'Dela på Twitter',
			'pinIt'           => 'Fäst',
			'download'        => 'Ladda ner',
			'downloadImage'   => 'Ladda ner bild',
			'fullscreen'      => 'Helskärm',
			'zoom'            => 'Zoom',
			'share'           => 'Dela',
			'playVideo'       => 'Spela video',
			'previous'        => 'Föregående',
			'next'            => 'Nästa',
			'close'           => 'Stäng',
		],
		'is_rtl'               => false,
		'breakpoints'          => [
			'xs'  => 0,
			'sm'  => 480,
			'md'  => 768,
			'lg'  => 1025,
			'xl'  => 1440,
			'xxl' => 1600,
		],
		'version'              => BYGGE_ELEMENTOR_VERSION,
		'is_static'            => false,
		'experimentalFeatures' => [
			'e_dom_optimization'      => true,
			'e_optimized_assets_loading' => true,
			'e_optimized_css_loading' => true,
			'container'               => true,
			'theme_builder_v2'        => true,
			'mega-menu'               => true,
			'page-transitions'        => true,
			'notes'                   => true,
			'form-submissions'        => true,
		],
		'urls'                 => [
			'assets' => get_template_directory_uri() . '/assets/',
		],
		'settings'             => [
			'page'              => [],
			'editorPreferences' => [],
		],
		'kit'                  => [
			'active_breakpoints'        => [ 'viewport_mobile', 'viewport_tablet' ],
			'global_image_lightbox'     => 'yes',
			'lightbox_enable_counter'   => 'yes',
			'lightbox_enable_fullscreen' => 'yes',
			'lightbox_enable_zoom'      => 'yes',
			'lightbox_enable_share'     => 'yes',
			'lightbox_title_src'        => 'title',
			'lightbox_description_src'  => 'description',
		],
	];

	if ( is_singular() ) {
		$post           = get_queried_object();
		$config['post'] = [
			'id'            => $post instanceof WP_Post ? $post->ID : 0,
			'title'         => rawurlencode( wp_get_document_title() ),
			'excerpt'       => ( $post instanceof WP_Post && ! post_password_required( $post ) ) ? $post->post_excerpt : '',
			'featuredImage' => $post instanceof WP_Post ? (string) get_the_post_thumbnail_url( $post, 'large' ) : '',
		];
	} else {
		$config['post'] = [
			'id'      => 0,
			'title'   => rawurlencode( wp_get_document_title() ),
			'excerpt' => '',
		];
	}

	return 'var elementorFrontendConfig = ' . wp_json_encode( $config ) . ';';
}

/**
 * Elementor Pro skriver ut popups (här: cookie-bannern) i wp_footer.
 *
 * @return void
 */
function bygge_print_popups() {
	get_template_part( 'template-parts/elementor/popup-cookies' );
}
add_action( 'wp_footer', 'bygge_print_popups', 10 );
