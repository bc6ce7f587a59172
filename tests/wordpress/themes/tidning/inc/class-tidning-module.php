<?php
/**
 * Moduler (kort) som används i block, listor och megamenyn.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Basklass för en modul, motsvarar td_module.
 */
class Tidning_Module {

	/** @var WP_Post */
	public $post;

	/** @var string */
	public $title;

	/** @var string */
	public $title_attribute;

	/** @var string */
	public $href;

	/** @var string */
	public $module_type;

	/** @var array<string, int[]> */
	protected static $sizes = array(
		'td_100x70'  => array( 100, 70 ),
		'td_218x150' => array( 218, 150 ),
		'td_324x160' => array( 324, 160 ),
		'td_356x220' => array( 356, 220 ),
		'td_533x261' => array( 533, 261 ),
	);

	/**
	 * @param WP_Post $post        Inlägg.
	 * @param string  $module_type Modultyp, t.ex. td_module_1.
	 */
	public function __construct( $post, $module_type ) {
		$this->post            = $post;
		$this->module_type     = $module_type;
		$this->title           = get_the_title( $post );
		$this->title_attribute = esc_attr( wp_strip_all_tags( $this->title ) );
		$this->href            = esc_url( get_permalink( $post ) );
	}

	/**
	 * Modulbild, med platshållare när inlägget saknar utvald bild.
	 *
	 * @param string $size     Bildstorlek.
	 * @param bool   $category Visa kategorietikett på bilden.
	 * @return string
	 */
	public function get_image( $size, $category = false ) {
		$out = '<div class="td-module-thumb"><a href="' . $this->href . '" rel="bookmark" class="td-image-wrap" title="' . $this->title_attribute . '">';
		if ( has_post_thumbnail( $this->post ) ) {
			$out .= get_the_post_thumbnail( $this->post, $size, array(
				'class' => 'entry-thumb',
				'alt'   => '',
				'title' => wp_strip_all_tags( $this->title ),
			) );
		} else {
			$dim  = isset( self::$sizes[ $size ] ) ? self::$sizes[ $size ] : array( 218, 150 );
			$out .= '<img class="entry-thumb" src="' . esc_url( TIDNING_URI . '/images/no-thumb.svg' ) . '" alt="" title="' . $this->title_attribute . '" width="' . (int) $dim[0] . '" height="' . (int) $dim[1] . '"/>';
		}
		$out .= '</a></div>';
		if ( $category ) {
			$out .= $this->get_category();
		}
		return $out;
	}

	/**
	 * @param string $tag Rubrikelement.
	 * @return string
	 */
	public function get_title( $tag = 'h3' ) {
		return '<' . $tag . ' class="entry-title td-module-title"><a href="' . $this->href . '" rel="bookmark" title="' . $this->title_attribute . '">' . esc_html( wp_strip_all_tags( $this->title ) ) . '</a></' . $tag . '>';
	}

	/** @return string */
	public function get_author() {
		$author_id = (int) $this->post->post_author;
		return '<span class="td-post-author-name"><a href="' . esc_url( get_author_posts_url( $author_id ) ) . '">' . esc_html( get_the_author_meta( 'display_name', $author_id ) ) . '</a> <span>-</span> </span>';
	}

	/** @return string */
	public function get_date() {
		return tidning_get_date_html( $this->post );
	}

	/** @return string */
	public function get_comments() {
		return '<span class="td-module-comments"><a href="' . esc_url( get_comments_link( $this->post ) ) . '">' . (int) get_comments_number( $this->post ) . '</a></span>';
	}

	/** @return string */
	public function get_category() {
		$cats = get_the_category( $this->post->ID );
		if ( empty( $cats ) ) {
			return '';
		}
		return '<a href="' . esc_url( get_category_link( $cats[0] ) ) . '" class="td-post-category">' . esc_html( $cats[0]->name ) . '</a>';
	}

	/**
	 * @param int $words Antal ord.
	 * @return string
	 */
	public function get_excerpt( $words = 25 ) {
		$excerpt = get_the_excerpt( $this->post );
		return '<div class="td-excerpt">' . esc_html( wp_trim_words( $excerpt, $words, '...' ) ) . '</div>';
	}

	/** @return string */
	public function get_read_more() {
		return '<div class="td-read-more"><a href="' . $this->href . '">' . esc_html__( 'Läs mer', 'tidning' ) . '</a></div>';
	}

	/**
	 * Renderar modulen.
	 *
	 * @return string
	 */
	public function render() {
		$t = $this->module_type;
		switch ( $t ) {
			case 'td_module_1': // Stort kort: bild, rubrik, meta, utdrag, läs mer.
				return '<div class="td_module_1 td_module_wrap td-animation-stack">'
					. '<div class="td-module-image">' . $this->get_image( 'td_324x160', true ) . '</div>'
					. $this->get_title()
					. '<div class="td-module-meta-info">' . $this->get_author() . $this->get_date() . $this->get_comments() . '</div>'
					. $this->get_excerpt( 40 )
					. $this->get_read_more()
					. '</div>';

			case 'td_module_2': // Litet kort med utdrag.
				return '<div class="td_module_2 td_module_wrap td-animation-stack">'
					. '<div class="td-module-image">' . $this->get_image( 'td_324x160', true ) . '</div>'
					. $this->get_title()
					. '<div class="td-module-meta-info">' . $this->get_author() . $this->get_date() . $this->get_comments() . '</div>'
					. $this->get_excerpt( 25 )
					. '</div>';

			case 'td_module_6': // Liten lista i sidopanel.
				return '<div class="td_module_6 td_module_wrap td-animation-stack">'
					. $this->get_image( 'td_100x70' )
					. '<div class="item-details">'
					. $this->get_title()
					. '<div class="td-module-meta-info">' . $this->get_date() . '</div>'
					. '</div></div>';

			case 'td_module_16': // Söklista.
				return '<div class="td_module_16 td_module_wrap td-animation-stack">'
					. '<div class="td-module-thumbs">' . $this->get_image( 'td_218x150' ) . '</div>'
					. '<div class="item-details">'
					. $this->get_title()
					. '<div class="td-module-meta-info">' . $this->get_category() . $this->get_author() . $this->get_date() . $this->get_comments() . '</div>'
					. $this->get_excerpt( 25 )
					. '</div></div>';

			case 'td_module_related_posts':
				return '<div class="td_module_related_posts td-animation-stack td_mod_related_posts">'
					. '<div class="td-module-image">' . $this->get_image( 'td_218x150', true ) . '</div>'
					. '<div class="item-details">'
					. $this->get_title()
					. '<div class="td-module-meta-info">' . $this->get_date() . '</div>'
					. '</div></div>';

			case 'td_module_mega_menu':
				return '<div class="td_module_mega_menu td-animation-stack td_mod_mega_menu">'
					. '<div class="td-module-image">' . $this->get_image( 'td_218x150', true ) . '</div>'
					. '<div class="item-details">' . $this->get_title() . '</div>'
					. '</div>';

			case 'td_module_mx1': // Stor rutnätspost.
			case 'td_module_mx2':
				return '<div class="' . esc_attr( $t ) . ' td-big-grid-post td-meta-info-hide td_module_wrap td-animation-stack">'
					. '<div class="td-module-thumb-wrap">' . $this->get_image( 'td_533x261' ) . '</div>'
					. '<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">'
					. $this->get_category()
					. $this->get_title()
					. '<div class="td-module-meta-info">' . $this->get_author() . $this->get_date() . '</div>'
					. '</div></div></div></div>';

			case 'td_module_trending_now':
			default:
				return '<div class="td_module_trending_now td-trending-now-post">' . $this->get_title() . '</div>';
		}
	}
}

/**
 * Hjälpfunktion: renderar en modul för ett inlägg.
 *
 * @param string      $type Modultyp.
 * @param WP_Post|int $post Inlägg.
 * @return string
 */
function tidning_module( $type, $post ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return '';
	}
	$module = new Tidning_Module( $post, $type );
	return $module->render();
}
